package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.importer.markdown.DocumentOutline.Lines;
import dev.roadmap.importer.markdown.DocumentOutline.Part;
import dev.roadmap.importer.markdown.HeadingTree.Branch;
import dev.roadmap.importer.markdown.HorizonContent.Content;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which headings are horizons, at whatever level they are: among sibling headings, those named like a horizon
 * (HorizonNames) that hold items are horizons, and so is an unnamed one that follows a horizon and holds items
 * ("Pending" after "2024 H2"). Siblings none of which is a horizon are looked into: a wrapper ("Detailed
 * roadmap") stays a section of its own text and its horizons follow. A document with no horizon at all but a
 * heading per feature is one default horizon.
 */
final class HorizonFinder {

    private static final java.util.regex.Pattern ROADMAP = java.util.regex.Pattern.compile("\\broad ?map\\b");

    /** The title of the one horizon of a flat document; a heading of exactly this name is read back as it. */
    static final String DEFAULT_TITLE = "Roadmap";

    private final DocumentOutline outline;
    private final ImportReport report;
    private final HorizonContent contents;
    private final Map<Branch, Content> read = new IdentityHashMap<>();
    /** Each heading's words and the horizon they name, asked for again and again as the siblings are weighed. */
    private final Map<Branch, String> plainTitles = new IdentityHashMap<>();
    private final Map<Branch, Optional<HorizonKind>> kinds = new IdentityHashMap<>();
    private final Map<org.commonmark.node.Heading, Branch> branches = new IdentityHashMap<>();
    private final boolean aRoadmap;
    private final SourceText source;
    private final List<org.commonmark.node.Node> blocks;

    HorizonFinder(DocumentOutline outline, SourceText source, ImportReport report, boolean aRoadmap,
                  List<org.commonmark.node.Node> blocks) {
        this.outline = outline;
        this.source = source;
        this.blocks = blocks;
        this.aRoadmap = aRoadmap;
        this.report = report;
        this.contents = new HorizonContent(outline, source);
    }

    List<Part> parts(List<Branch> roots) {
        List<Part> parts = siblings(roots);
        if (aRoadmap && parts.stream().noneMatch(Part::isHorizon)) {
            parts = unnamed(roots).or(() -> flat(roots)).or(() -> boldFeatures(roots)).or(() -> listedFeatures(roots))
                    .orElse(parts);
        } else if (roots.isEmpty()) {
            // Nothing but a title and lists: whatever the title says, the lists are what the document plans.
            parts = listedFeatures(roots).orElse(parts);
        }
        parts.stream().filter(p -> !p.isHorizon() && p.heading() != null).forEach(p -> report.inform(
                SourceText.firstLine(p.heading()) + 1, "'" + p.plainTitle() + "' is kept as a section"));
        return parts;
    }

    private List<Part> siblings(List<Branch> siblings) {
        List<Part> parts = new ArrayList<>();
        boolean named = siblings.stream().anyMatch(s -> kind(s).isPresent() && !content(s).items().isEmpty());
        boolean afterHorizon = false;
        for (Branch sibling : siblings) {
            Optional<HorizonKind> kind = kind(sibling);
            boolean prose = HorizonNames.isProse(plain(sibling));
            boolean holdsItems = named && !prose && !content(sibling).items().isEmpty();
            if (holdsItems && kind.equals(Optional.of(HorizonKind.OTHER)) && wrapsHorizons(sibling)) {
                // "Milestones by quarter" over "2025 Q1", "2025 Q2": the quarters are the horizons.
                parts.add(section(sibling, sibling.ownLines()));
                parts.addAll(siblings(sibling.children()));
                afterHorizon = true;
                continue;
            }
            if (holdsItems && (kind.isPresent() || afterHorizon)) {
                parts.add(horizon(sibling, kind.orElse(HorizonKind.OTHER)));
                afterHorizon = true;
                continue;
            }
            afterHorizon = false;
            List<Part> inner = named || prose || sibling.children().isEmpty() ? List.of() : siblings(sibling.children());
            if (inner.stream().anyMatch(Part::isHorizon)) {
                parts.add(section(sibling, sibling.ownLines()));
                parts.addAll(inner);
            } else {
                parts.add(section(sibling, sibling.whole()));
            }
        }
        return parts;
    }

    /**
     * Whether a heading named like a period or milestone only groups horizons: it holds no list or table of
     * its own, and every sub-heading that holds items is named like a horizon itself ("2021" over "v0.6").
     */
    private boolean wrapsHorizons(Branch branch) {
        boolean ownItems = branch.own().stream().anyMatch(b -> b instanceof org.commonmark.node.ListBlock
                || b instanceof org.commonmark.ext.gfm.tables.TableBlock);
        List<Branch> holding = branch.children().stream().filter(c -> !content(c).items().isEmpty()).toList();
        return !ownItems && !holding.isEmpty() && holding.stream().allMatch(c -> kind(c).isPresent()
                && !HorizonNames.isProse(plain(c)) && content(c).layout() == ItemLayout.LIST);
    }

    /**
     * No heading names a horizon, but some hold lists or tables of features ("Priorities", "New components"):
     * in a roadmap, each of those is a horizon.
     */
    private Optional<List<Part>> unnamed(List<Branch> roots) {
        List<Part> parts = new ArrayList<>();
        int items = 0;
        int others = roots.size();
        boolean explicit = false;
        for (Branch root : roots) {
            Content content = content(root);
            boolean lists = !HorizonNames.isProse(plain(root)) && root.children().isEmpty() && contents.isListGroup(root)
                    && content.layout() == ItemLayout.LIST && !content.items().isEmpty();
            boolean writersOwn = plain(root).equals(DEFAULT_TITLE);
            if (lists) {
                // The writer's own default horizon reads back as the kind it was read as. Its items are those of a
                // document with no horizon: they say nothing of what the lists under the other headings are.
                parts.add(horizon(root, writersOwn ? HorizonKind.NEXT : HorizonKind.OTHER));
                items += writersOwn ? 0 : content.items().size();
                others -= writersOwn ? 1 : 0;
                // A table of features, or a section called a roadmap, says so itself.
                explicit |= saysItHoldsItems(root);
            } else {
                parts.add(section(root, root.whole()));
            }
        }
        // Lists carry such a roadmap when they hold more than two items a heading; short lists under many
        // headings are the details of a heading per feature.
        if (explicit && items <= 2 * others) {
            parts = parts.stream().map(p -> p.isHorizon() && !explicitly(p) ? asSection(p) : p)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }
        return explicit || items > 2 * others ? Optional.of(parts) : Optional.empty();
    }

    /**
     * A heading per feature and no horizon: the features are the items of one horizon, in place of the first
     * of them (or of a heading named like that horizon, which is how the writer gives it back).
     */
    private Optional<List<Part>> flat(List<Branch> roots) {
        Branch wrapper = roots.stream().filter(r -> plain(r).equalsIgnoreCase(DEFAULT_TITLE) && !r.children().isEmpty())
                .findFirst().orElse(null);
        List<Branch> candidates = wrapper == null ? roots : wrapper.children();
        int first = 0;
        while (first < candidates.size() && HorizonNames.isProse(plain(candidates.get(first)))) {
            first++;
        }
        int last = first;
        while (last < candidates.size() && !HorizonNames.isProse(plain(candidates.get(last)))
                && !(candidates.get(last).own().isEmpty() && candidates.get(last).children().isEmpty())) {
            last++;
        }
        List<Branch> features = candidates.subList(first, last);
        Content content = contents.ofFeatures(features);
        if (features.size() < 2 || content.items().size() < 2) {
            return Optional.empty();
        }
        Branch opening = wrapper == null ? features.get(0) : wrapper;
        int start = SourceText.firstLine(opening.heading());
        List<Lines> intro = wrapper == null ? List.of() : List.of(wrapper.ownLines());
        Part horizon = new Part(wrapper == null ? null : wrapper.heading(), start, DEFAULT_TITLE, DEFAULT_TITLE,
                wrapper == null ? null : outline.anchorOf(wrapper.heading()),
                new Lines(start, features.get(features.size() - 1).whole().to()), Optional.of(HorizonKind.NEXT),
                content.layout(), intro, content.items(), content.trailing());
        if (wrapper == null) {
            report.inform(start + 1, "the document names no horizon; its " + content.items().size()
                    + " features are read into one horizon, '" + DEFAULT_TITLE + "'");
        }
        List<Part> parts = new ArrayList<>();
        java.util.Set<Branch> inFeatures = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        inFeatures.addAll(features);
        List<Branch> rest = new ArrayList<>(candidates.subList(0, first));
        rest.addAll(candidates.subList(last, candidates.size()));
        for (Branch root : roots) {
            if (root == opening) {
                parts.add(horizon);
            } else if (wrapper == null && !inFeatures.contains(root) || wrapper != null && root != wrapper) {
                parts.add(section(root, root.whole()));
            }
        }
        if (wrapper != null) {
            int at = parts.indexOf(horizon) + 1;
            for (Branch after : rest) {
                parts.add(at++, section(after, after.whole()));
            }
        }
        return Optional.of(parts);
    }

    /**
     * Before any heading, bold lines standing alone as headings ("**Hierarchical federation**"), each followed by
     * its text: a flat roadmap too, one item per bold line.
     */
    private Optional<List<Part>> boldFeatures(List<Branch> roots) {
        int limit = roots.isEmpty() ? source.lineCount() : SourceText.firstLine(roots.get(0).heading());
        List<org.commonmark.node.Paragraph> labels = new ArrayList<>();
        for (org.commonmark.node.Node block : blocks) {
            if (SourceText.firstLine(block) < limit && block instanceof org.commonmark.node.Paragraph paragraph
                    && HorizonContent.isBoldLabel(paragraph)
                    && !(paragraph.getNext() instanceof org.commonmark.node.ListBlock)) {
                labels.add(paragraph);
            }
        }
        if (labels.size() < 2) {
            return Optional.empty();
        }
        List<DocumentOutline.ItemDraft> items = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            org.commonmark.node.Paragraph label = labels.get(i);
            String strong = source.of(label.getFirstChild());
            // A bold phrase may run over two lines; a title is one ("### a\nb" would be a heading and a paragraph).
            String title = DocumentOutline.oneLine(strong.substring(2, strong.length() - 2));
            int to = i + 1 < labels.size() ? SourceText.firstLine(labels.get(i + 1)) : limit;
            items.add(new DocumentOutline.ItemDraft(SourceText.firstLine(label) + 1, title, InlineText.ofMarkdown(title),
                    null, "", Optional.empty(), new ArrayList<>(List.of(new Lines(SourceText.lastLine(label) + 1, to))),
                    0, Optional.empty(), null, ""));
        }
        int start = SourceText.firstLine(labels.get(0));
        report.inform(start + 1, "the document names no horizon; its " + items.size()
                + " bold-named features are read into one horizon, '" + DEFAULT_TITLE + "'");
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(null, start, DEFAULT_TITLE, DEFAULT_TITLE, null, new Lines(start, limit),
                Optional.of(HorizonKind.NEXT), ItemLayout.HEADINGS, List.of(), items, List.of()));
        roots.forEach(root -> parts.add(section(root, root.whole())));
        return Optional.of(parts);
    }

    /**
     * Before any heading, lists of features under the title and nothing that names a horizon (a to-do list
     * of a roadmap): their items are one horizon, and the prose between them stays with them.
     */
    private Optional<List<Part>> listedFeatures(List<Branch> roots) {
        int limit = roots.isEmpty() ? source.lineCount() : SourceText.firstLine(roots.get(0).heading());
        List<org.commonmark.node.Node> beforeHeadings = blocks.stream()
                .filter(b -> !(b instanceof org.commonmark.node.Heading) && SourceText.firstLine(b) < limit).toList();
        int firstList = 0;
        while (firstList < beforeHeadings.size() && !(beforeHeadings.get(firstList) instanceof org.commonmark.node.ListBlock)) {
            firstList++;
        }
        if (firstList == beforeHeadings.size()) {
            return Optional.empty();
        }
        Content content = contents.ofBlocks(beforeHeadings.subList(firstList, beforeHeadings.size()));
        if (content.items().size() < 2) {
            return Optional.empty();
        }
        int start = SourceText.firstLine(beforeHeadings.get(firstList));
        report.inform(start + 1, "the document names no horizon; the " + content.items().size()
                + " features of its lists are read into one horizon, '" + DEFAULT_TITLE + "'");
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(null, start, DEFAULT_TITLE, DEFAULT_TITLE, null, new Lines(start, limit),
                Optional.of(HorizonKind.NEXT), content.layout(), content.intro(), content.items(), content.trailing()));
        roots.forEach(root -> parts.add(section(root, root.whole())));
        return Optional.of(parts);
    }

    private boolean explicitly(Part horizon) {
        return saysItHoldsItems(branches.get(horizon.heading()));
    }

    /** A table of features, items with a status of their own (a checkbox, ✅), or a section called a roadmap. */
    private boolean saysItHoldsItems(Branch branch) {
        Content content = content(branch);
        return content.fromATable() || ROADMAP.matcher(plain(branch).toLowerCase(java.util.Locale.ROOT)).find()
                || content.items().stream().allMatch(i -> i.status().isPresent()
                        || i.metadata().flatMap(ItemMetadata::status).isPresent());
    }

    private Part asSection(Part horizon) {
        Branch branch = branches.get(horizon.heading());
        return section(branch, branch.whole());
    }

    private Part horizon(Branch branch, HorizonKind named) {
        branches.put(branch.heading(), branch);
        Content content = content(branch);
        // A heading linked to its release tag names a release that is out.
        HorizonKind kind = StatusWords.releaseTag(outline.headingSource(branch.heading())).isPresent() ? HorizonKind.DONE : named;
        content.repeated().forEach(item -> report.warn(item.line(), "'" + item.plainTitle() + "' is listed twice in '"
                + plain(branch) + "'; the second is kept as text of the item before it"));
        return new Part(branch.heading(), SourceText.firstLine(branch.heading()), outline.headingSource(branch.heading()),
                plain(branch), outline.anchorOf(branch.heading()), branch.whole(), Optional.of(kind), content.layout(),
                content.intro(), content.items(), content.trailing());
    }

    private Part section(Branch branch, Lines content) {
        String plain = plain(branch);
        Anchor anchor = outline.anchorOf(branch.heading());
        String title = outline.headingSource(branch.heading());
        // A heading with no text ("#") gives an untitled section: its line stays in the body, or it would be lost.
        int from = title.isEmpty() ? SourceText.firstLine(branch.heading()) : SourceText.lastLine(branch.heading()) + 1;
        return Part.section(branch.heading(), title, plain, anchor, new Lines(from, content.to()));
    }

    private Content content(Branch branch) {
        return read.computeIfAbsent(branch, contents::of);
    }

    private Optional<HorizonKind> kind(Branch branch) {
        return kinds.computeIfAbsent(branch, b -> HorizonNames.kindOf(plain(b)));
    }

    private String plain(Branch branch) {
        return plainTitles.computeIfAbsent(branch, b -> InlineText.of(b.heading()));
    }
}
