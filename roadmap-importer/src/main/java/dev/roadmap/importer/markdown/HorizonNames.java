package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which part headings name a horizon, and of which kind: "What's next" is {@code NEXT}, "Future work"
 * {@code LATER}, "Completed milestones" {@code DONE}; a release, version, phase or quarter heading
 * ("etcd 3.4 (Q2, 2018)", "Phase 1") is a horizon of kind {@code OTHER}. Any other heading is prose.
 */
final class HorizonNames {

    private static final Pattern NEXT = Pattern.compile(
            "\\b(what'?s next|whats next|next|up next|coming (up|soon|next)|upcoming|planned|near[- ]term|short[- ]term|now|current (quarter|focus|priorities))\\b");
    private static final Pattern LATER = Pattern.compile(
            "\\b(future( work)?|later|backlog|long[- ]term|mid[- ]term|on the radar|ideas|wish ?list|someday|exploratory|under consideration)\\b");
    private static final Pattern ONGOING = Pattern.compile("\\b(ongoing|in progress|in[- ]flight|current work|work in progress)\\b");
    private static final Pattern DONE = Pattern.compile(
            "\\b(completed?( milestones)?|released|done|shipped|delivered|finished|achieved|past|previous releases?)\\b");
    private static final Pattern RELEASE = Pattern.compile(
            "(\\bv?\\d+\\.\\d+|\\bq[1-4]\\b|\\b(19|20)\\d{2}\\b|\\bh[12]\\b|\\bphase\\b|\\bmilestone|\\brelease\\b|\\bsprint\\b|\\bversion\\b)");
    private static final Pattern NOT_A_HORIZON = Pattern.compile(
            "\\b(how to|influence|contribut|feedback|get involved|using|about|overview|introduction|process|governance|faq|table of contents|contents|history)\\b");

    private HorizonNames() {
    }

    /** The kind of horizon a part heading names, if it names one. */
    static Optional<HorizonKind> kindOf(String headingText) {
        String text = headingText.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (NOT_A_HORIZON.matcher(text).find()) {
            return Optional.empty();
        }
        if (DONE.matcher(text).find()) {
            return Optional.of(HorizonKind.DONE);
        }
        if (ONGOING.matcher(text).find()) {
            return Optional.of(HorizonKind.ONGOING);
        }
        if (LATER.matcher(text).find()) {
            return Optional.of(HorizonKind.LATER);
        }
        if (NEXT.matcher(text).find()) {
            return Optional.of(HorizonKind.NEXT);
        }
        if (RELEASE.matcher(text).find()) {
            return Optional.of(HorizonKind.OTHER);
        }
        return Optional.empty();
    }

    /** The status an item has when nothing says otherwise, by the kind of its horizon. */
    static ItemStatus defaultStatus(HorizonKind kind) {
        return switch (kind) {
            case DONE -> ItemStatus.SHIPPED;
            case ONGOING -> ItemStatus.IN_PROGRESS;
            default -> ItemStatus.PLANNED;
        };
    }
}
