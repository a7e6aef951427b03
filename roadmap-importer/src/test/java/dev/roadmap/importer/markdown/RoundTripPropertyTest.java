package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.ItemLayout;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.shared.Slug;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever roadmap the model can hold in Markdown, writing it and reading it back gives it back. */
class RoundTripPropertyTest {

    /** Words that name no horizon and no quarter, so prose made of them stays prose. */
    private static final List<String> WORDS = List.of("alpha", "bravo", "cedar", "delta", "ember", "fjord", "grove",
            "hazel", "indigo", "juniper", "kestrel", "lumen", "maple", "nectar", "orchid", "pebble", "quartz", "raven");
    private static final Map<HorizonKind, String> HORIZON_TITLES = Map.of(HorizonKind.NEXT, "What's next",
            HorizonKind.LATER, "Future work", HorizonKind.ONGOING, "Ongoing work", HorizonKind.DONE,
            "Completed milestones", HorizonKind.OTHER, "Release 2.0");

    private final RoadmapReader reader = new RoadmapReader();
    private final RoadmapWriter writer = new RoadmapWriter();

    @Property(tries = 300)
    void readingWhatWasWrittenGivesTheRoadmapBack(@ForAll("roadmaps") Roadmap roadmap) {
        String markdown = writer.write(roadmap);
        ReadResult read = reader.read(markdown, roadmap.slug().value());

        assertThat(read.report().errors()).as(markdown).isEmpty();
        assertThat(RoadmapPicture.of(read.roadmap().orElseThrow())).as(markdown).isEqualTo(RoadmapPicture.of(roadmap));
    }

    @Provide
    Arbitrary<Roadmap> roadmaps() {
        return Combinators.combine(text(1, 4), text(0, 8), text(0, 20), Arbitraries.integers().between(0, 4),
                        Arbitraries.subsetOf(HorizonKind.values()), Arbitraries.longs(), Arbitraries.integers().between(0, 3))
                .as(this::roadmap);
    }

    private Roadmap roadmap(String title, String description, String intro, int quarter, java.util.Set<HorizonKind> kinds,
                            long seed, int sectionCount) {
        java.util.Random random = new java.util.Random(seed);
        Roadmap roadmap = new Roadmap(Slug.of("generated"), capitalised(title));
        roadmap.describe(description);
        roadmap.changeIntro(intro.isEmpty() ? "" : capitalised(intro) + ".");
        if (quarter > 0) {
            roadmap.planFor(PlanningPeriod.parse("2024-Q" + quarter));
        }
        int itemNumber = 0;
        List<HorizonKind> ordered = kinds.stream().sorted().toList();
        for (HorizonKind kind : ordered) {
            String key = Anchor.fromHeading(HORIZON_TITLES.get(kind)).value().replace("'", "");
            roadmap.addHorizon(key, HORIZON_TITLES.get(kind), kind);
            if (random.nextBoolean()) {
                roadmap.describeHorizon(key, capitalised(words(random, 3, 12)) + ".");
            }
            roadmap.layOutHorizonItems(key, random.nextBoolean() ? ItemLayout.LIST : ItemLayout.HEADINGS);
            for (int i = 0, items = 1 + random.nextInt(4); i < items; i++) {
                addItem(roadmap, key, "Item " + (++itemNumber) + " " + words(random, 1, 3), random);
            }
        }
        int horizonsBefore = 0;
        for (int i = 0; i < sectionCount; i++) {
            horizonsBefore += random.nextInt(ordered.size() - horizonsBefore + 1);
            roadmap.addSection("Notes " + (i + 1) + " " + words(random, 1, 2),
                    random.nextBoolean() ? "" : capitalised(words(random, 2, 15)) + ".", horizonsBefore);
        }
        return roadmap;
    }

    private void addItem(Roadmap roadmap, String horizonKey, String title, java.util.Random random) {
        Anchor anchor = Anchor.fromHeading(title);
        roadmap.addItem(horizonKey, anchor, title);
        String summary = random.nextBoolean() ? capitalised(words(random, 2, 10)) + "." : "";
        String body = random.nextBoolean() ? ""
                : capitalised(words(random, 3, 12)) + ".\n\n" + capitalised(words(random, 1, 8)) + ".";
        roadmap.describeItem(anchor, summary, body);
        roadmap.changeItemStatus(anchor, ItemStatus.values()[random.nextInt(ItemStatus.values().length)]);
        switch (random.nextInt(3)) {
            case 0 -> roadmap.targetItem(anchor, PlanningPeriod.parse("2025-Q" + (1 + random.nextInt(4))));
            case 1 -> roadmap.targetItem(anchor, PlanningPeriod.asWritten("after the " + words(random, 1, 1) + " beta"));
            default -> { }
        }
        if (random.nextBoolean()) {
            roadmap.tagItem(anchor, List.of(words(random, 1, 1), words(random, 1, 1)));
        }
    }

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(list -> String.join(" ", list));
    }

    private static String words(java.util.Random random, int min, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = min + random.nextInt(max - min + 1); i < n; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
