package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    private final Links links = new Links("/portal");

    @Test
    void publicAddressesAreTheSiteOnes() {
        assertThat(links.home()).isEqualTo("/portal/");
        assertThat(links.search()).isEqualTo("/portal/search");
        assertThat(links.roadmap("backstage")).isEqualTo("/portal/roadmaps/backstage");
        assertThat(links.roadmap("backstage", "whats-next")).isEqualTo("/portal/roadmaps/backstage#whats-next");
        assertThat(links.board("backstage")).isEqualTo("/portal/roadmaps/backstage/board");
        assertThat(links.item("backstage", "search-1.0")).isEqualTo("/portal/roadmaps/backstage/items/search-1.0");
        assertThat(links.editions("backstage")).isEqualTo("/portal/roadmaps/backstage/editions");
        assertThat(links.edition("backstage", 3)).isEqualTo("/portal/roadmaps/backstage/editions/3");
        assertThat(links.diff("backstage", 2, 3)).isEqualTo("/portal/roadmaps/backstage/diff?from=2&to=3");
        assertThat(links.markdown("backstage")).isEqualTo("/portal/roadmaps/backstage.md");
        assertThat(links.feed("backstage")).isEqualTo("/portal/roadmaps/backstage/feed.atom");
    }

    @Test
    void maintainersAddressesNameTheirRoadmapInTheQuery() {
        assertThat(links.dashboard()).isEqualTo("/portal/admin/");
        assertThat(links.importer()).isEqualTo("/portal/admin/import.xhtml");
        assertThat(links.editor("backstage")).isEqualTo("/portal/admin/edit.xhtml?roadmap=backstage");
        assertThat(links.itemEditor("backstage", "search-1.0"))
                .isEqualTo("/portal/admin/item.xhtml?roadmap=backstage&anchor=search-1.0");
        assertThat(links.sections("backstage")).isEqualTo("/portal/admin/sections.xhtml?roadmap=backstage");
        assertThat(links.publish("backstage")).isEqualTo("/portal/admin/publish.xhtml?roadmap=backstage");
        assertThat(links.audit()).isEqualTo("/portal/admin/audit.xhtml");
        assertThat(links.tokens()).isEqualTo("/portal/admin/tokens.xhtml");
        assertThat(links.users()).isEqualTo("/portal/admin/users.xhtml");
        assertThat(links.password()).isEqualTo("/portal/admin/password.xhtml");
        assertThat(links.preview()).isEqualTo("/portal/api/preview");
    }

    @Test
    void anAnchorOfAnyLetterIsPercentEncodedAsUtf8() {
        assertThat(links.item("notes", "été-2026")).isEqualTo("/portal/roadmaps/notes/items/%C3%A9t%C3%A9-2026");
        assertThat(links.itemEditor("notes", "straße")).endsWith("&anchor=stra%C3%9Fe");
        assertThat(Links.encoded("a b/c?d#e&f")).isEqualTo("a%20b%2Fc%3Fd%23e%26f");
    }

    @Test
    void atTheRootTheContextPathIsEmpty() {
        Links atRoot = new Links("");

        assertThat(atRoot.home()).isEqualTo("/");
        assertThat(atRoot.roadmap("backstage")).isEqualTo("/roadmaps/backstage");
    }
}
