package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.Slug;
import java.util.List;

/** The roadmap most tests start from: "whats-next" holds items a, b, c, d and "future-work" holds x, y. */
public final class SampleRoadmaps {

    private SampleRoadmaps() {
    }

    public static Roadmap withTwoHorizons(Slug slug) {
        Roadmap roadmap = new Roadmap(slug, "The Backstage Roadmap");
        roadmap.addHorizon("whats-next", "What's next", HorizonKind.NEXT);
        roadmap.addHorizon("future-work", "Future work", HorizonKind.LATER);
        for (String anchor : List.of("a", "b", "c", "d")) {
            roadmap.addItem("whats-next", Anchor.of(anchor), "Item " + anchor);
        }
        roadmap.addItem("future-work", Anchor.of("x"), "Item x");
        roadmap.addItem("future-work", Anchor.of("y"), "Item y");
        return roadmap;
    }
}
