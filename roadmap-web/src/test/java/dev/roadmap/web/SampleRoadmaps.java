package dev.roadmap.web;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.FrontMatterSyntax;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.domain.model.roadmap.Section;
import dev.roadmap.domain.model.shared.Slug;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Roadmaps for the integration tests, and a plain-text picture of one to compare stored with read. */
final class SampleRoadmaps {

    private SampleRoadmaps() {
    }

    /** The demo document the portal ships: the Backstage roadmap of Q2 2022, as bytes. */
    static byte[] backstageMarkdown() {
        try (InputStream in = SampleRoadmaps.class.getResourceAsStream("/demo/backstage.md")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A slug no earlier run has used, so tests need no clean database. */
    static Slug freshSlug(String prefix) {
        return Slug.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Every part of the model filled in: horizons of each kind, aliases, tags, targets, sections. */
    static Roadmap complete(Slug slug) {
        Roadmap roadmap = new Roadmap(slug, "The Backstage Roadmap");
        roadmap.describe("Where Backstage is going");
        roadmap.keepFrontMatterExtras("sidebar_label: Roadmap\n", FrontMatterSyntax.YAML);
        roadmap.changeIntro("> The roadmap is a living document.");
        roadmap.planFor(PlanningPeriod.quarter(2022, 2, "the ongoing quarter from April through June 2022"));
        roadmap.addSection("The Backstage Roadmap", "Intro prose with a [link](https://backstage.io).", 0);
        roadmap.addHorizon("whats-next", "What's next", HorizonKind.NEXT);
        roadmap.describeHorizon("whats-next", "Planned for this quarter.");
        roadmap.addHorizon("future-work", "Future work", HorizonKind.LATER);
        roadmap.addHorizon("completed", "Completed milestones", HorizonKind.DONE);
        roadmap.addItem("whats-next", Anchor.of("backstage-search-10"), "Backstage Search 1.0");
        roadmap.addItemAlias(Anchor.of("backstage-search-10"), Anchor.of("search-1.0"));
        roadmap.describeItem(Anchor.of("backstage-search-10"), "Search, for real.", "Body with `code` and a list:\n\n- one\n- two");
        roadmap.changeItemStatus(Anchor.of("backstage-search-10"), ItemStatus.IN_PROGRESS);
        roadmap.targetItem(Anchor.of("backstage-search-10"), PlanningPeriod.parse("2022-Q2"));
        roadmap.tagItem(Anchor.of("backstage-search-10"), List.of("search", "core"));
        roadmap.addItem("whats-next", Anchor.of("ease-of-onboarding"), "Ease of onboarding");
        roadmap.addItem("future-work", Anchor.of("graphql-support"), "GraphQL support");
        roadmap.targetItem(Anchor.of("graphql-support"), PlanningPeriod.asWritten("after 1.0"));
        roadmap.addItem("completed", Anchor.of("plugin-marketplace"), "Plugin marketplace");
        roadmap.changeItemStatus(Anchor.of("plugin-marketplace"), ItemStatus.SHIPPED);
        roadmap.addSection("How to influence the roadmap", "Open an issue.");
        return roadmap;
    }

    /** Every stored field of a roadmap, in order, as text: equal pictures mean equal roadmaps. */
    static String picture(Roadmap roadmap) {
        StringBuilder text = new StringBuilder()
                .append(roadmap.slug()).append('|').append(roadmap.title()).append('|').append(roadmap.description())
                .append('|').append(roadmap.frontMatterExtras()).append('|').append(roadmap.intro())
                .append('|').append(roadmap.period().map(PlanningPeriod::toString).orElse("-"))
                .append('|').append(roadmap.lastEditionNumber()).append('\n');
        roadmap.horizons().forEach(h -> {
            text.append("H ").append(h.position()).append(' ').append(h.key()).append('|').append(h.title())
                    .append('|').append(h.kind()).append('|').append(h.intro()).append('\n');
            roadmap.itemsIn(h.key()).forEach(i -> text.append("  I ").append(item(i)).append('\n'));
        });
        roadmap.sections().forEach(s -> text.append("S ").append(section(s)).append('\n'));
        return text.toString();
    }

    private static String item(RoadmapItem item) {
        return item.position() + " " + item.anchor() + "|" + item.aliases().stream().map(Anchor::value)
                .collect(Collectors.joining(",")) + "|" + item.title() + "|" + item.summary() + "|" + item.body()
                + "|" + item.status() + "|" + item.target().map(PlanningPeriod::toString).orElse("-") + "|"
                + String.join(",", item.tags());
    }

    private static String section(Section section) {
        return section.position() + " after " + section.horizonsBefore() + "|" + section.title() + "|" + section.body();
    }
}
