package dev.roadmap.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which addresses the edge may hand into the portal: only the roadmap page the container itself mapped. */
class EdgeEntranceTest {

    @Test
    void aRoadmapPagesAddressIsHandedOnAsSent() {
        assertThat(EdgeEntrance.portalPath("/roadmaps/backstage/board", "/roadmaps/backstage/board"))
                .hasValue("/roadmaps/backstage/board");
    }

    @Test
    void anEscapedItemAnchorStaysEscapedForTheRoutesToDecode() {
        assertThat(EdgeEntrance.portalPath("/roadmaps/backstage/items/caf%C3%A9", "/roadmaps/backstage/items/café"))
                .hasValue("/roadmaps/backstage/items/caf%C3%A9");
    }

    @Test
    void anAddressThatDecodesToAnotherPlaceIsNotHandedOn() {
        assertThat(EdgeEntrance.portalPath("/roadmaps/x/..%2fadmin/users.xhtml", "/roadmaps/x/../admin/users.xhtml"))
                .isEmpty();
        assertThat(EdgeEntrance.portalPath("/roadmaps/x%2F..%2F..%2Fadmin", "/roadmaps/x")).isEmpty();
    }

    @Test
    void aPathParameterTheContainerDroppedIsNotHandedOn() {
        assertThat(EdgeEntrance.portalPath("/roadmaps/backstage;x=/../../admin", "/roadmaps/backstage")).isEmpty();
    }

    @Test
    void anAddressOutsideTheRoadmapsIsNotHandedOn() {
        assertThat(EdgeEntrance.portalPath("/admin/users.xhtml", "/admin/users.xhtml")).isEmpty();
    }

    @Test
    void aMalformedEscapeIsNotHandedOn() {
        assertThat(EdgeEntrance.portalPath("/roadmaps/backstage%zz", "/roadmaps/backstage%zz")).isEmpty();
    }
}
