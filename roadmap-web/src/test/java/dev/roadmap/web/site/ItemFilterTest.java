package dev.roadmap.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roadmap.web.site.RoadmapDocument.Item;
import dev.roadmap.web.site.RoadmapDocument.Part;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemFilterTest {

    private static Item item(String anchor, String status, String... tags) {
        return inArea("", anchor, status, tags);
    }

    private static Item inArea(String area, String anchor, String status, String... tags) {
        return new Item(anchor, List.of(), anchor, anchor, "", "", "", status, "", List.of(tags), area);
    }

    private static final RoadmapDocument DOCUMENT = new RoadmapDocument("r", "R", "", "", 1, "one", "", List.of(
            new Part(null, "Intro", "Intro", "<p>Prose</p>", null, List.of()),
            new Part("next", "Next", "Next", "", "next", List.of(inArea("Server", "search", "in-progress", "ux"), item("docs", "planned"))),
            new Part("later", "Later", "Later", "", "later", List.of(inArea("Server", "graphql", "planned", "api")))));

    private static ItemFilter filter(Map<String, String> parameters) throws ItemFilter.Unknown {
        return ItemFilter.read(name -> Optional.ofNullable(parameters.get(name)), DOCUMENT);
    }

    private static List<String> shown(ItemFilter filter) {
        return DOCUMENT.filtered(filter).items().stream().map(Item::anchor).toList();
    }

    @Test
    void noParametersIsNoFilterAndTheWholeDocument() throws Exception {
        ItemFilter none = filter(Map.of());

        assertThat(none.isEmpty()).isTrue();
        assertThat(DOCUMENT.filtered(none)).isSameAs(DOCUMENT);
    }

    @Test
    void aStatusKeepsOnlyItsItemsAndDropsProseAndEmptyHorizons() throws Exception {
        RoadmapDocument shown = DOCUMENT.filtered(filter(Map.of("status", "in-progress")));

        assertThat(shown.parts()).extracting(Part::anchor).containsExactly("next");
        assertThat(shown.items()).extracting(Item::anchor).containsExactly("search");
    }

    @Test
    void filtersCombine() throws Exception {
        assertThat(shown(filter(Map.of("horizon", "next", "status", "planned")))).containsExactly("docs");
        assertThat(shown(filter(Map.of("tag", "api")))).containsExactly("graphql");
    }

    @Test
    void anAreaKeepsTheItemsOfThatAreaInEveryHorizon() throws Exception {
        assertThat(DOCUMENT.areas()).containsExactly("Server");
        assertThat(shown(filter(Map.of("area", "Server")))).containsExactly("search", "graphql");
        assertThat(shown(filter(Map.of("area", "Server", "horizon", "later")))).containsExactly("graphql");
    }

    @Test
    void anAreaTheRoadmapDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> filter(Map.of("area", "Client"))).hasMessageContaining("is in the area “Client”");
    }

    @Test
    void aValueTheRoadmapDoesNotHaveIsRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> filter(Map.of("horizon", "someday"))).hasMessageContaining("no horizon called “someday”");
        assertThatThrownBy(() -> filter(Map.of("status", "late"))).hasMessageContaining("planned, in-progress, shipped, dropped, not “late”");
        assertThatThrownBy(() -> filter(Map.of("tag", "x".repeat(500)))).hasMessageContaining("…").message().hasSizeLessThan(100);
    }

    @Test
    void theOptionsAreWhatTheRoadmapHas() {
        assertThat(DOCUMENT.statuses()).containsExactly("planned", "in-progress");
        assertThat(DOCUMENT.tags()).containsExactly("api", "ux");
    }
}
