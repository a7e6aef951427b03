package dev.roadmap.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import org.junit.jupiter.api.Test;

/** A document's own key to its status marks, as mui's roadmap has one over its table of components. */
class StatusLegendTest {

    private static final String KEY = "- 🧪 Close to becoming stable, already released as unstable\n"
            + "- ⏳ Planning to build\n\n";

    private Roadmap read(String markdown) {
        ReadResult result = new RoadmapReader().read(markdown);
        assertThat(result.report().errors()).isEmpty();
        return result.roadmap().orElseThrow();
    }

    @Test
    void theDocumentsKeyDecidesWhatAMarkMeans() {
        Roadmap roadmap = read("# R\n\n## Next\n\n" + KEY
                + "| Name | Status |\n| --- | --- |\n| Charts | ⏳ |\n| Data Grid | 🧪 |\n");
        assertThat(roadmap.items()).extracting(RoadmapItem::title, RoadmapItem::status)
                .containsExactly(tuple("Charts", ItemStatus.PLANNED), tuple("Data Grid", ItemStatus.IN_PROGRESS));
    }

    @Test
    void theKeysBulletsAreProseNotItems() {
        Roadmap roadmap = read("# R\n\n## Next\n\n" + KEY + "Components:\n\n* ⏳ Charts\n* 🧪 Data Grid\n");
        assertThat(roadmap.items()).extracting(RoadmapItem::title).containsExactly("Charts", "Data Grid");
        assertThat(roadmap.findHorizon("next").orElseThrow().intro()).contains("Planning to build");
        assertThat(roadmap.items()).extracting(RoadmapItem::status)
                .containsExactly(ItemStatus.PLANNED, ItemStatus.IN_PROGRESS);
    }

    @Test
    void withoutAKeyAMarkMeansWhatItUsuallyDoes() {
        Roadmap roadmap = read("# R\n\n## Next\n\n- ⏳ Charts\n- ✅ Data Grid\n");
        assertThat(roadmap.items()).extracting(RoadmapItem::status)
                .containsExactly(ItemStatus.IN_PROGRESS, ItemStatus.SHIPPED);
    }

    @Test
    void featuresMarkedWithEmojiAreNotAKey() {
        Roadmap roadmap = read("# R\n\n## Next\n\n- ✅ Single sign-on for the web console\n"
                + "- 🚧 Plugin marketplace with ratings\n\n- Later thing\n");
        assertThat(roadmap.items()).extracting(RoadmapItem::title)
                .contains("Single sign-on for the web console", "Plugin marketplace with ratings");
    }
}
