package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.ItemStatus;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A document's own key to its status marks, such as "- ⏳ Planning to build" over a table of ⏳ rows: the
 * author's meaning wins over the usual one (⏳ is usually "under way"). Such a list is a key, not items.
 */
final class StatusLegend {

    private static final int MAX_WORDS = 12;
    /** Tried in this order: "not planned" is dropped, "released as unstable" still under way. */
    private static final Map<Pattern, ItemStatus> MEANINGS = new LinkedHashMap<>();

    static {
        MEANINGS.put(words("dropped|cancell?ed|abandoned|rejected|won't|not planned|discontinued"), ItemStatus.DROPPED);
        MEANINGS.put(words("unstable|experimental|alpha|beta|preview|close to|in progress|work in progress|wip|working"
                + "|under way|underway|started|ongoing|developing|in development"), ItemStatus.IN_PROGRESS);
        MEANINGS.put(words("planning|planned|plan to|to build|to do|todo|not started|proposed|considering|backlog"
                + "|future|later|next"), ItemStatus.PLANNED);
        MEANINGS.put(words("done|shipped|released|complete|completed|available|stable|delivered|finished"),
                ItemStatus.SHIPPED);
    }

    private final Map<String, ItemStatus> meanings;

    private StatusLegend(Map<String, ItemStatus> meanings) {
        this.meanings = meanings;
    }

    /**
     * The key a list gives: two or more bullets, each a distinct mark and a few words that name a status,
     * nothing else; empty when the list is anything more.
     */
    static Optional<StatusLegend> of(ListBlock list) {
        Map<String, ItemStatus> meanings = new LinkedHashMap<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof ListItem entry) || !(entry.getFirstChild() instanceof Paragraph line)
                    || line.getNext() != null) {
                return Optional.empty();
            }
            String text = InlineText.of(line);
            int markEnd = text.isEmpty() ? 0 : text.offsetByCodePoints(0, 1);
            while (markEnd < text.length() && text.charAt(markEnd) == '\uFE0F') {
                markEnd++;
            }
            String mark = text.substring(0, markEnd);
            String meaning = text.substring(markEnd).strip();
            Optional<ItemStatus> status = meaningOf(meaning);
            if (!isMark(mark) || status.isEmpty() || meaning.split("\\s+").length > MAX_WORDS
                    || meanings.put(mark.replace("\uFE0F", ""), status.get()) != null) {
                return Optional.empty();
            }
        }
        return meanings.size() >= 2 ? Optional.of(new StatusLegend(meanings)) : Optional.empty();
    }

    /** The status the first of the key's marks on a line stands for. */
    Optional<ItemStatus> statusIn(String line) {
        int first = Integer.MAX_VALUE;
        ItemStatus status = null;
        for (Map.Entry<String, ItemStatus> meaning : meanings.entrySet()) {
            int at = line.indexOf(meaning.getKey());
            if (at >= 0 && at < first) {
                first = at;
                status = meaning.getValue();
            }
        }
        return Optional.ofNullable(status);
    }

    private static boolean isMark(String mark) {
        if (mark.isEmpty()) {
            return false;
        }
        int type = Character.getType(mark.codePointAt(0));
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL && mark.codePointAt(0) >= 0x2300;
    }

    private static Optional<ItemStatus> meaningOf(String words) {
        String text = words.toLowerCase(Locale.ROOT);
        return MEANINGS.entrySet().stream().filter(m -> m.getKey().matcher(text).find()).map(Map.Entry::getValue)
                .findFirst();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }
}
