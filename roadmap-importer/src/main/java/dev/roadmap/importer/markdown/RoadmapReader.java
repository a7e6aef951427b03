package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Area;
import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.FrontMatterSyntax;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.Section;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.markdown.DocumentOutline.ItemDraft;
import dev.roadmap.importer.markdown.DocumentOutline.Lines;
import dev.roadmap.importer.markdown.DocumentOutline.Part;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a roadmap document into the model. Backstage's shape maps exactly (front matter, "What's next"
 * with an item per {@code ###}, "Future work" with an item per bold-named bullet, the overview table
 * checked against both); other shapes map as far as they can, and whatever is not an item is kept as a
 * section, word for word. Thread-safe: one reader serves any number of documents.
 */
public final class RoadmapReader {

    private static final String DEFAULT_SLUG = "roadmap";
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private final Parser parser;
    private final ReadingBudget budget;

    /** A reader with {@link ReadingBudget#DEFAULT the default budget}. */
    public RoadmapReader() {
        this(ReadingBudget.DEFAULT);
    }

    /** A reader that refuses documents over the given budget, such as one a deployment configures. */
    public RoadmapReader(ReadingBudget budget) {
        this.budget = java.util.Objects.requireNonNull(budget, "A reading budget is required.");
        this.parser = parserBuilder().maxOpenBlockParsers(budget.openBlocks()).build();
    }

    /**
     * The parser the reader reads with, before its budget: tables, and the source spans of blocks and inlines,
     * which keep names, cells and headings word for word. No autolinks: the few rules that tell a bare link from
     * words ask {@link BareLinks}. The writer's questions are put to the same parser ({@code HorizonContent.PROBE}),
     * or they would be answered for another reader.
     */
    public static Parser.Builder parserBuilder() {
        return Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    /** Reads with the slug the front matter's {@code slug} or {@code id} gives, or "roadmap". */
    public ReadResult read(String markdown) {
        return read(markdown, null);
    }

    /**
     * Reads a document as the roadmap with the given slug (a file name, an API path); with {@code null}
     * the front matter's {@code slug} (a page path such as {@code /docs/roadmap}: its last part) or {@code id}
     * names it.
     */
    public ReadResult read(String markdown, String slug) {
        ImportReport report = new ImportReport();
        String text = normalize(markdown);
        if (text.isBlank()) {
            report.error(0, "the file is empty; a roadmap needs at least a title");
            return ReadResult.failed(report);
        }
        Optional<String> overspent = budget.overspentBy(text);
        if (overspent.isPresent()) {
            report.error(0, overspent.get());
            return ReadResult.failed(report);
        }
        if (MergeConflicts.report(text, report)) {
            return ReadResult.failed(report);
        }
        FrontMatter frontMatter = FrontMatter.read(text, report);
        if (report.hasErrors()) {
            return ReadResult.failed(report);
        }
        try {
            return new Reading(frontMatter.withoutItself(text), frontMatter, slug, report).run();
        } catch (RoadmapRuleViolation violation) {
            report.error(0, violation.getMessage());
            return ReadResult.failed(report);
        }
    }

    private static String normalize(String markdown) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** One document being read. */
    private final class Reading {

        private final SourceText source;
        private final FrontMatter frontMatter;
        private final String slugHint;
        private final ImportReport report;
        private final Map<ItemDraft, Anchor> anchors = new IdentityHashMap<>();
        private final Map<ItemDraft, Anchor> aliases = new IdentityHashMap<>();
        private HeadingSlugger slugger;

        Reading(String text, FrontMatter frontMatter, String slugHint, ImportReport report) {
            this.source = new SourceText(text);
            this.frontMatter = frontMatter;
            this.slugHint = slugHint;
            this.report = report;
        }

        ReadResult run() {
            Node document = parser.parse(source.text());
            Optional<String> overspent = budget.overspentBy(document);
            if (overspent.isPresent()) {
                report.error(0, overspent.get());
                return ReadResult.failed(report);
            }
            List<Node> blocks = DocumentOutline.topLevel(document);
            DocumentOutline outline = new DocumentOutline(source, report);
            slugger = outline.slugger();
            // The first '# Heading' is the page's title, whether or not the front matter names one too: it stays
            // in the intro, never a part of its own.
            Heading titleHeading = firstTitleHeading(blocks);
            if (titleHeading == null && frontMatter.title().isEmpty() && !blocks.isEmpty()
                    && blocks.get(0) instanceof Heading opening) {
                // No title anywhere, but the page opens with a heading: that is its title, kept as a '#' heading.
                titleHeading = opening;
                source.replace(SourceText.firstLine(opening), SourceText.lastLine(opening),
                        "# " + outline.headingSource(opening));
                report.inform(SourceText.firstLine(opening) + 1, "the document has no title; its opening heading '"
                        + InlineText.of(opening) + "' is taken as the title");
            }
            Heading pageTitle = titleHeading;
            Optional<String> title = frontMatter.title().or(() -> Optional.ofNullable(pageTitle).map(InlineText::of));
            if (title.isEmpty() || title.get().isBlank()) {
                report.error(1, "the roadmap has no title: give it 'title:' in the front matter or a '# Title' heading");
                return ReadResult.failed(report);
            }

            outline.anchorHeadings(document);
            int end = source.lineCount();
            List<Part> parts = outline.parts(blocks, titleHeading, end, title.get());
            Lines intro = new Lines(frontMatter.lastLine() + 1, DocumentOutline.firstPartLine(parts, end));
            anchorItems(parts, outline.slugger());
            new OverviewTableCheck(source, report, anchors, aliases).check(blocks, parts);
            if (report.hasErrors()) {
                return ReadResult.failed(report);
            }
            return new ReadResult(Optional.of(build(frontMatter, title.get(), intro, parts)), report);
        }

        /**
         * The page's '#' title: the first '#' heading, when no other heading comes before it. One further down
         * heads a part of its own; taken as the title, its line would belong to no part and be lost.
         */
        private Heading firstTitleHeading(List<Node> blocks) {
            return blocks.stream().filter(b -> b instanceof Heading).map(b -> (Heading) b).findFirst()
                    .filter(h -> h.getLevel() == 1).orElse(null);
        }

        /** Heading items answer to their heading's anchor; bullet items get one made from their name. */
        private void anchorItems(List<Part> parts, HeadingSlugger slugger) {
            for (Part part : parts) {
                for (ItemDraft item : part.items()) {
                    Anchor anchor = item.headingAnchor() != null ? item.headingAnchor()
                            : slugger.slug(item.plainTitle()).orElseGet(() -> slugger.slug("item").orElseThrow());
                    anchors.put(item, anchor);
                }
            }
        }

        private Roadmap build(FrontMatter frontMatter, String title, Lines intro, List<Part> parts) {
            Slug slug = slug(frontMatter);
            Roadmap roadmap = new Roadmap(slug, title);
            roadmap.describe(frontMatter.description().orElse(""));
            String extras = frontMatter.extras();
            // YAML's id is the model's slug, written again by the writer; one that differs is kept as written.
            if (frontMatter.syntax() == FrontMatterSyntax.YAML && frontMatter.id().isPresent()
                    && !frontMatter.id().get().equals(slug.value())) {
                extras = ("id: " + frontMatter.id().get() + "\n" + extras).strip();
            }
            roadmap.keepFrontMatterExtras(extras, frontMatter.syntax());
            roadmap.changeIntro(source.lines(intro.from(), intro.to()));
            StringBuilder prose = new StringBuilder(roadmap.intro());
            Set<String> keys = new HashSet<>();
            int horizonsSoFar = 0;
            for (Part part : parts) {
                if (part.isHorizon()) {
                    String key = horizonKey(part, keys, horizonsSoFar);
                    HorizonKind kind = part.kind().orElseThrow();
                    roadmap.addHorizon(key, part.titleSource(), kind);
                    roadmap.describeHorizon(key, slices(part.intro(), 0));
                    roadmap.layOutHorizonItems(key, part.layout());
                    roadmap.headHorizonAt(key, headingLevel(part, parts));
                    prose.append('\n').append(roadmap.findHorizon(key).orElseThrow().intro());
                    part.items().forEach(item -> addItem(roadmap, key, kind, part.layout(), item));
                    horizonsSoFar++;
                    String trailing = slices(part.trailing(), 0);
                    if (!trailing.isEmpty()) {
                        roadmap.addSection("", trailing, horizonsSoFar);
                        prose.append('\n').append(trailing);
                    }
                } else {
                    String body = source.lines(part.content().from(), part.content().to());
                    Section section = roadmap.addSection(part.titleSource(), body, horizonsSoFar);
                    roadmap.headSectionAt(section.position(), part.headingLevel());
                    prose.append('\n').append(body);
                }
            }
            Optional<PlanningPeriod> period = frontMatter.period().map(ItemMetadata::period)
                    .or(() -> PeriodFinder.find(prose.toString()));
            period.ifPresent(roadmap::planFor);
            if (period.isEmpty() && PeriodFinder.mentionsAQuarter(prose.toString())) {
                report.warn(0, "the roadmap speaks of a quarter, but none could be read from it "
                        + "(write it as 'April through June 2022' or 'Q2 2022')");
            }
            return roadmap;
        }

        private void addItem(Roadmap roadmap, String key, HorizonKind kind, ItemLayout layout, ItemDraft draft) {
            Anchor anchor = anchors.get(draft);
            roadmap.addItem(key, anchor, draft.titleSource());
            String sliced = slices(draft.body(), draft.indent());
            // The status words taken out of the title stay in the item, as the author spelled them.
            String body = draft.statusAsWritten().isEmpty() ? sliced
                    : "Status: " + draft.statusAsWritten() + (sliced.isEmpty() ? "" : "\n\n" + sliced);
            ItemMetadata metadata = draft.metadata().orElse(ItemMetadata.NONE);
            String summary = metadata.summary().orElse(draft.summary());
            roadmap.describeItem(anchor, summary, body);
            ItemStatus status = metadata.status().or(draft::status).or(() -> StatusWords.inBody(body))
                    .orElse(HorizonNames.defaultStatus(kind));
            metadata.area().or(() -> Optional.ofNullable(draft.area())).filter(a -> !a.isBlank())
                    .map(RoadmapReader::areaName).ifPresent(area -> roadmap.placeItemInArea(anchor, area));
            roadmap.changeItemStatus(anchor, status);
            metadata.target().ifPresent(target -> roadmap.targetItem(anchor, target));
            if (!metadata.tags().isEmpty()) {
                roadmap.tagItem(anchor, metadata.tags());
            }
            Optional.ofNullable(aliases.get(draft)).ifPresent(alias -> roadmap.addItemAlias(anchor, alias));
            if (summary.isEmpty() && body.isEmpty() && layout == ItemLayout.HEADINGS) {
                report.warn(draft.line(), "the item '" + draft.plainTitle() + "' is empty: it has a name and nothing else");
            }
        }

        /**
         * A horizon's heading level. The one the reader makes where the document has none is written at the export's
         * 2, or at the level of the heading after it where that is deeper: under a "## Roadmap", a "### Contributing"
         * section that follows would be read back as one more of its items.
         */
        private static int headingLevel(Part horizon, List<Part> parts) {
            if (horizon.heading() != null) {
                return horizon.headingLevel();
            }
            return parts.subList(parts.indexOf(horizon) + 1, parts.size()).stream().map(Part::heading)
                    .filter(java.util.Objects::nonNull).findFirst().map(h -> Math.max(h.getLevel(), horizon.headingLevel()))
                    .orElse(horizon.headingLevel());
        }

        /** Ranges of the source joined as paragraphs, the first taken {@code indent} spaces to the left. */
        private String slices(List<Lines> ranges, int indent) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < ranges.size(); i++) {
                Lines range = ranges.get(i);
                String slice = source.dedentedLines(range.from(), range.to(), i == 0 ? indent : range.indent());
                if (!slice.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n\n").append(slice);
                }
            }
            return text.toString();
        }

        private Slug slug(FrontMatter frontMatter) {
            if (slugHint != null) {
                return Slug.of(slugHint);
            }
            return frontMatter.slug().map(RoadmapReader::lastPathSegment).filter(name -> !slugWords(name).isEmpty())
                    .or(frontMatter::id).map(RoadmapReader::slugFrom).orElse(Slug.of(DEFAULT_SLUG));
        }

        private String horizonKey(Part part, Set<String> taken, int index) {
            String fromHeading = part.anchor() != null ? slugWords(part.anchor().value())
                    : part.heading() == null ? slugWords(slugger.slug(part.plainTitle()).map(Anchor::value).orElse("")) : "";
            String base = fromHeading.isEmpty() ? "horizon-" + (index + 1) : fromHeading;
            String key = base;
            for (int n = 1; !taken.add(key); n++) {
                key = base + "-" + n;
            }
            return key;
        }
    }

    /** An area as long as the model keeps one, cut at a word. */
    private static String areaName(String area) {
        if (area.length() <= Area.MAX_LENGTH) {
            return area;
        }
        int cut = area.lastIndexOf(' ', Area.MAX_LENGTH);
        return area.substring(0, cut > 0 ? cut : Area.MAX_LENGTH).strip();
    }

    private static String lastPathSegment(String path) {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The nearest valid slug to a free-form name, such as a file name; "roadmap" when nothing is left. */
    public static Slug slugFrom(String name) {
        String slug = slugWords(name);
        return Slug.of(slug.isEmpty() ? DEFAULT_SLUG : slug);
    }

    /** Lower-case ASCII letters and digits of a name, joined by single hyphens; possibly empty. */
    private static String slugWords(String name) {
        String slug = NOT_SLUG.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = EDGE_HYPHENS.matcher(slug.length() > Slug.MAX_LENGTH ? slug.substring(0, Slug.MAX_LENGTH) : slug)
                .replaceAll("");
        return slug;
    }
}
