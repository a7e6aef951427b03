package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A maintainer's import with preview, publication with its diff, and going back to an edition, over HTTP. */
class DraftsIT extends DeployedPortal {

    private static final String SEED = new String(SampleRoadmaps.backstageMarkdown(), StandardCharsets.UTF_8);

    private PortalClient maintainer;

    @BeforeEach
    void signIn() throws Exception {
        maintainer = administrator();
    }

    private HttpResponse<String> preview(String slug, String markdown) throws Exception {
        return maintainer.submitMultipart("admin/import.xhtml", "document", Map.of("document:slug", slug,
                "document:pasted", markdown, "document:preview", "Preview"));
    }

    private HttpResponse<String> publicPage(String path) throws Exception {
        return visitor().get(path);
    }

    /** A CI job changes the draft through the API meanwhile. */
    private void putMeanwhile(String slug, String markdown) throws Exception {
        HttpResponse<String> put = visitor().put("api/roadmaps/" + slug, markdown.getBytes(StandardCharsets.UTF_8),
                PortalClient.administratorsBasic());
        assertThat(put.statusCode()).isEqualTo(200);
    }

    private void importAndConfirm(String slug, String markdown) throws Exception {
        HttpResponse<String> confirmed = maintainer.submitOn(preview(slug, markdown), "confirm",
                Map.of("confirm:import", "Import into the draft"));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
    }

    private HttpResponse<String> publish(HttpResponse<String> page, String label) throws Exception {
        return maintainer.submitOn(page, "publish", Map.of("publish:label", label, "publish:note", "", "publish:publish", "Publish"));
    }

    @Test
    void aPreviewShowsTheReportAndTheItemsAndStoresNothing() throws Exception {
        String slug = SampleRoadmaps.freshSlug("preview").value();

        HttpResponse<String> preview = preview(slug, SEED);

        assertThat(preview.body()).contains("A new roadmap", slug + ".md:20: warning:", "Backstage Search 1.0",
                "What's next", "Import into the draft");
        assertThat(maintainer.get("admin/").body()).doesNotContain(slug);
    }

    @Test
    void anUploadLargerThanThePortalAcceptsIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> refused = preview(SampleRoadmaps.freshSlug("huge").value(), "x".repeat(10 * 1024 * 1024));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("tooLarge=true"));
        assertThat(maintainer.get("admin/import.xhtml?tooLarge=true").body()).contains("That file is larger than 8 MiB");
    }

    @Test
    void aDocumentWithErrorsCanBePreviewedButNotImported() throws Exception {
        HttpResponse<String> preview = preview(SampleRoadmaps.freshSlug("broken").value(), "---\nnot a key value line\n---\n# R\n");

        assertThat(preview.body()).contains("error:").doesNotContain("Import into the draft");
    }

    @Test
    void aConfirmedImportBecomesTheDraftAndPublishingShowsItsDiffFirst() throws Exception {
        String slug = SampleRoadmaps.freshSlug("confirmed").value();
        importAndConfirm(slug, SEED);
        assertThat(maintainer.get("admin/").body()).contains(slug, "Draft, never published");
        assertThat(publicPage("roadmaps/" + slug).statusCode()).as("a draft is not public").isEqualTo(404);

        HttpResponse<String> publishPage = maintainer.get("admin/publish.xhtml?roadmap=" + slug);
        assertThat(publishPage.body()).contains("was never published", "Added", "Backstage Search 1.0", "value=\"2022-Q2\"");
        HttpResponse<String> published = publish(publishPage, "2022-Q2");

        assertThat(published.body()).contains("Published edition 1: 2022-Q2.");
        assertThat(publicPage("roadmaps/" + slug).statusCode()).isEqualTo(200);
        assertThat(maintainer.get("admin/audit.xhtml?roadmap=" + slug).body())
                .contains("roadmap imported", "by an import in the browser", "edition published");
    }

    @Test
    void publishingADraftThatChangedSinceItWasShownPublishesNothing() throws Exception {
        String slug = SampleRoadmaps.freshSlug("raced").value();
        importAndConfirm(slug, SEED);
        HttpResponse<String> seen = maintainer.get("admin/publish.xhtml?roadmap=" + slug);

        putMeanwhile(slug, SEED.replace("### SIGs for contributors", "### SIGs for all"));
        HttpResponse<String> refused = publish(seen, "2022-Q2");

        assertThat(refused.body()).contains("Someone changed the draft since you opened this page.", "SIGs for all");
        assertThat(publicPage("roadmaps/" + slug).statusCode()).as("nothing published").isEqualTo(404);
    }

    @Test
    void confirmingAPreviewOfADraftThatChangedSinceImportsNothing() throws Exception {
        String slug = SampleRoadmaps.freshSlug("stale").value();
        importAndConfirm(slug, SEED);
        HttpResponse<String> preview = preview(slug, SEED.replace("### SIGs for contributors", "### SIGs for some"));

        putMeanwhile(slug, SEED.replace("### SIGs for contributors", "### SIGs for all"));
        HttpResponse<String> refused = maintainer.submitOn(preview, "confirm", Map.of("confirm:import", "Import into the draft"));

        assertThat(refused.body()).contains("Someone changed the draft since your preview");
        assertThat(maintainer.get("admin/edit.xhtml?roadmap=" + slug).body()).contains("SIGs for all").doesNotContain("SIGs for some");
    }

    @Test
    void theDraftCanGoBackToAnEdition() throws Exception {
        String slug = SampleRoadmaps.freshSlug("revert").value();
        importAndConfirm(slug, SEED);
        publish(maintainer.get("admin/publish.xhtml?roadmap=" + slug), "first");
        importAndConfirm(slug, SEED.replace("### SIGs for contributors", "### SIGs for all"));
        assertThat(maintainer.get("admin/").body()).contains("Changed since the last edition");

        HttpResponse<String> page = maintainer.get("admin/publish.xhtml?roadmap=" + slug);
        HttpResponse<String> reverted = maintainer.submitOn(page, "editions",
                Map.of(PortalClient.buttonSaying(page, "editions", "Put the draft back to this edition"), "x"));

        assertThat(reverted.body()).contains("The draft is now edition 1 again.", "No item differs from the last edition.");
    }
}
