package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests a page cannot serve (no roadmap named, an unknown one, a form whose view state the session does not
 * know, a filter for what the roadmap lacks) answer a plain sentence in the page's template with a 4xx, never a
 * stack trace or a 500.
 */
class RefusedRequestsIT extends DeployedPortal {

    private String slug;

    @BeforeEach
    void aDraft() throws Exception {
        slug = SampleRoadmaps.freshSlug("refused").value();
        visitor().putTheDemoAsDraft(slug);
    }

    /** The page's text as a reader sees it: each entity decoded once, so text escaped twice still shows. */
    private static String text(HttpResponse<String> page) {
        return page.body().replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static void assertPlainInTheAdminTemplate(HttpResponse<String> page, int status, String sentence) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(text(page)).contains(sentence);
        assertThat(page.body()).as("the admin template").contains("Sign out", "Audit log")
                .doesNotContain("Exception", "dev.roadmap.", "at jakarta.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin/edit.xhtml", "admin/item.xhtml?anchor=telemetry", "admin/publish.xhtml",
            "admin/sections.xhtml", "admin/edit.xhtml?roadmap="})
    void aMaintainerPageWithoutItsRoadmapIsABadRequest(String page) throws Exception {
        assertPlainInTheAdminTemplate(administrator().get(page), 400,
                "This page needs a roadmap, and its address names none.");
    }

    @Test
    void theItemPageWithoutAnItemIsABadRequest() throws Exception {
        assertPlainInTheAdminTemplate(administrator().get("admin/item.xhtml?roadmap=" + slug), 400,
                "This page needs an item, and its address names none.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin/edit.xhtml", "admin/publish.xhtml", "admin/sections.xhtml"})
    void aMaintainerPageForAnUnknownRoadmapIsNotFound(String page) throws Exception {
        assertPlainInTheAdminTemplate(administrator().get(page + "?roadmap=no-such-roadmap"), 404,
                "There is no roadmap 'no-such-roadmap'.");
    }

    @Test
    void theItemPageForAnUnknownItemIsNotFound() throws Exception {
        assertPlainInTheAdminTemplate(administrator().get("admin/item.xhtml?roadmap=" + slug + "&anchor=no-such-item"),
                404, "The draft of '" + slug + "' has no item 'no-such-item'.");
    }

    @Test
    void theItemPageForSomethingThatCannotBeAnAnchorIsNotFound() throws Exception {
        assertPlainInTheAdminTemplate(administrator().get("admin/item.xhtml?roadmap=" + slug + "&anchor=not%20one%21"),
                404, "has no item 'not one!'.");
    }

    @Test
    void aFormPostedWithAViewStateFromNowhereHasExpired() throws Exception {
        PortalClient maintainer = administrator();

        HttpResponse<String> forged = maintainer.post("admin/edit.xhtml?roadmap=" + slug, Map.of("details", "details",
                "details:title", "Forged", "details:save", "Save", "jakarta.faces.ViewState", "-123456789:987654321"));

        assertPlainInTheAdminTemplate(forged, 400, "This form has expired");
        assertThat(text(maintainer.get("admin/edit.xhtml?roadmap=" + slug))).doesNotContain("Forged");
    }

    @Test
    void aFormPostedAfterItsSessionEndedHasExpired() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> page = maintainer.get("admin/edit.xhtml?roadmap=" + slug);
        maintainer.submit("admin/", "signOut", Map.of("signOut:button", "Sign out"));
        maintainer.signInAsTheAdministrator();

        HttpResponse<String> late = maintainer.submitOn(page, "details", Map.of("details:title", "Too late",
                "details:description", "", "details:period", "", "details:save", "Save"));

        assertPlainInTheAdminTemplate(late, 400, "This form has expired");
        assertThat(text(maintainer.get("admin/edit.xhtml?roadmap=" + slug))).doesNotContain("Too late");
    }

    @Test
    void aBadFilterSaysWhyWithItsApostropheEscapedOnce() throws Exception {
        HttpResponse<String> refused = visitor().get("roadmaps/backstage/board?status=late");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused)).contains("An item's status is");
        assertThat(refused.body()).doesNotContain("&amp;#", "&#59;", "Exception");
    }
}
