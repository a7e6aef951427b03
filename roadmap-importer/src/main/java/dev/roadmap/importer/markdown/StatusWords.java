package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.ItemStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an item's own words say of its status, and the title without them: a checked box, an emoji
 * (✅ shipped; 🚧 ⌛ ⏳ 🧪 under way; ❌ dropped), a "(done)" or "(in progress)" aside, a leading "[Done]", a
 * title struck through, or a body saying it "was released on" a date.
 */
final class StatusWords {

    /** A title with its status marks taken out, and the status they gave. */
    record Marked(String title, Optional<ItemStatus> status, String asWritten) {
    }

    private static final String WORDS = "in[- ]progress|wip|work in progress|done|completed?|shipped|released|"
            + "delivered|dropped|cancell?ed|abandoned|planned|not started|started|ongoing|experimental";
    private static final Pattern ASIDE = Pattern.compile("\\s*\\((" + WORDS + ")\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_TAG = Pattern.compile("^\\[(" + WORDS + ")\\]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMOJI = Pattern.compile("\\s*(✅|✔|❌|🚧|⌛|⏳|🧪|🛠)\uFE0F?\\s*");
    private static final Pattern STRUCK = Pattern.compile("^~~(.+?)~~(.*)$", Pattern.DOTALL);
    private static final Pattern RELEASED = Pattern.compile("\\b(was|were|has been|got) (released|shipped|delivered) (on|in)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELEASE_TAG = Pattern.compile("\\]\\([^)\\s]*/releases/tag/");
    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^\\s*(?:\\*\\*)?Status(?::\\*\\*|\\*\\*:|:)\\s*([A-Za-z -]+?)\\s*\\.?$");

    private StatusWords() {
    }

    /** The status a word or phrase names ("In-Progress", "Done", "experimental"), if it names one. */
    static Optional<ItemStatus> of(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
        return switch (w) {
            case "in progress", "wip", "work in progress", "started", "ongoing", "experimental", "in development",
                 "in design", "in review" -> Optional.of(ItemStatus.IN_PROGRESS);
            case "done", "complete", "completed", "shipped", "released", "delivered", "stable" -> Optional.of(ItemStatus.SHIPPED);
            case "dropped", "cancelled", "canceled", "abandoned", "rejected" -> Optional.of(ItemStatus.DROPPED);
            case "planned", "not started", "todo", "proposed", "pending" -> Optional.of(ItemStatus.PLANNED);
            default -> Optional.empty();
        };
    }

    /** The status an emoji stands for. */
    static Optional<ItemStatus> ofEmoji(String emoji) {
        return switch (emoji) {
            case "✅", "✔" -> Optional.of(ItemStatus.SHIPPED);
            case "❌" -> Optional.of(ItemStatus.DROPPED);
            case "🚧", "⌛", "⏳", "🧪", "🛠" -> Optional.of(ItemStatus.IN_PROGRESS);
            default -> Optional.empty();
        };
    }

    /** Takes the status marks out of a title as written. */
    static Marked read(String titleSource) {
        String title = titleSource;
        Optional<ItemStatus> status = Optional.empty();
        String asWritten = "";
        // Each mark is looked for only where its first character occurs: a mebibyte table passes through here.
        Matcher struck = STRUCK.matcher(title);
        if (title.startsWith("~~") && struck.matches() && struck.group(2).isBlank()) {
            title = struck.group(1).strip();
            status = Optional.of(ItemStatus.DROPPED);
        }
        Matcher tag = LEADING_TAG.matcher(title);
        if (title.startsWith("[") && tag.find()) {
            status = status.or(() -> of(tag.group(1)));
            asWritten = tag.group(1);
            title = title.substring(tag.end());
        }
        Matcher aside = ASIDE.matcher(title);
        if (title.indexOf('(') >= 0 && aside.find()) {
            String word = aside.group(1);
            status = status.or(() -> of(word));
            asWritten = asWritten.isEmpty() ? word : asWritten;
            title = aside.replaceFirst("");
        }
        Matcher emoji = EMOJI.matcher(title);
        if (mayHoldAnEmoji(title) && emoji.find()) {
            String mark = emoji.group(1);
            status = status.or(() -> ofEmoji(mark));
            title = EMOJI.matcher(title).replaceAll(" ").replace(" ]", "]");
        }
        return new Marked(title.strip(), status, asWritten);
    }

    /** Whether the text has a character from the blocks the status emoji come from (U+2300 and up). */
    private static boolean mayHoldAnEmoji(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u2300') {
                return true;
            }
        }
        return false;
    }

    /** A link to a release tag says the release is out. */
    static Optional<ItemStatus> releaseTag(String text) {
        return RELEASE_TAG.matcher(text).find() ? Optional.of(ItemStatus.SHIPPED) : Optional.empty();
    }

    /** What an item's body says of its status: a "Status: …" line, or that it was released. */
    static Optional<ItemStatus> inBody(String body) {
        Matcher line = STATUS_LINE.matcher(body);
        if (body.contains("tatus") && line.find()) {
            Optional<ItemStatus> said = of(line.group(1));
            if (said.isPresent()) {
                return said;
            }
        }
        String lower = body.toLowerCase(Locale.ROOT);
        boolean mayTellOfARelease = lower.contains("released") || lower.contains("shipped") || lower.contains("delivered");
        return mayTellOfARelease && RELEASED.matcher(body).find() ? Optional.of(ItemStatus.SHIPPED) : Optional.empty();
    }
}
