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
            "\\b(what'?s next|whats next|next|up next|coming (up|soon|next)|upcoming|planned|near[- ]term|short[- ]term|medium[- ]term|now|current)\\b");
    private static final Pattern LATER = Pattern.compile(
            "\\b(future( work)?|later|backlog|long[- ]term|mid[- ]term|on the radar|ideas|wish ?list|someday|exploratory|under consideration|pending|proposed|proposals)\\b");
    private static final Pattern ONGOING = Pattern.compile("\\b(ongoing|in[- ]progress|in[- ]flight|current work|work in progress|under way|underway)\\b");
    private static final Pattern DONE = Pattern.compile(
            "\\b(completed?( milestones)?|released|done|shipped|delivered|finished|achieved|past|historical|previous releases?)\\b");
    private static final Pattern RELEASE = Pattern.compile(
            "(\\bv?\\d+\\.\\d+|\\bq[1-4]\\b|\\b(19|20)\\d{2}\\b|\\bh[12]\\b|\\bphase\\b|\\bmilestone|\\brelease\\b|\\bsprint\\b|\\bversion\\b|\\bpriorit(y|ies)\\b|\\bp[0-3]\\b|\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b)");
    private static final Pattern NOT_A_HORIZON = Pattern.compile(
            "\\b(how to|influence|contribut|feedback|get involved|using|about|overview|introduction|process|governance|faq|table of contents|contents|history)\\b");

    /** Headings about the roadmap or the project rather than a part of it: never a horizon nor a feature. */
    private static final Pattern ASIDE = Pattern.compile(
            "\\b(how to|contributing\\b|contribute\\b|get(ting)? involved|feedback|table of contents|credits|acknowledg|licen[cs]e|faq|glossary)");
    private static final java.util.Set<String> PROSE_NAMES = java.util.Set.of("issues", "milestones", "searching",
            "labels", "links", "resources", "references", "contact", "summary", "background", "motivation", "notes",
            "methodology", "terminology", "related", "see also", "changelog", "community", "support", "meetings",
            "status", "current status", "release process", "scope");

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z ]");
    private static final Pattern ROADMAP = Pattern.compile("\\b(road ?map|plans?|planned|features we|upcoming)\\b");

    private HorizonNames() {
    }

    /** The kind of horizon a part heading names, if it names one. */
    static Optional<HorizonKind> kindOf(String headingText) {
        String text = headingText.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (NOT_A_HORIZON.matcher(text).find() || isAside(headingText)) {
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

    /** Whether a title and intro say the document is a roadmap or a plan, so a heading per feature is an item. */
    static boolean speaksOfARoadmap(String titleAndIntro) {
        return ROADMAP.matcher(normal(titleAndIntro)).find();
    }

    /** A heading that is prose about the roadmap ("How to influence the roadmap", "Issues", "Credits"). */
    static boolean isProse(String headingText) {
        String text = normal(headingText);
        return NOT_A_HORIZON.matcher(text).find() || isAside(headingText);
    }

    /** Narrower than prose: what is never an item even inside a horizon ("How to contribute", "Credits"). */
    static boolean isAside(String headingText) {
        String text = normal(headingText);
        return ASIDE.matcher(text).find() || PROSE_NAMES.contains(NOT_A_LETTER.matcher(text).replaceAll("").strip());
    }

    private static String normal(String headingText) {
        return headingText.toLowerCase(Locale.ROOT).replace('’', '\'');
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
