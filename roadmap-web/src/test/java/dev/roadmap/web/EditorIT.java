package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The draft editor over HTTP: items edited, added, reordered and deleted, and two maintainers saving at once. */
class EditorIT extends DeployedPortal {

    private String slug;

    @BeforeEach
    void aFreshDraft() throws Exception {
        slug = SampleRoadmaps.freshSlug("edited").value();
        visitor().putTheDemoAsDraft(slug);
    }

    private HttpResponse<String> itemPage(PortalClient session, String anchor) throws Exception {
        return session.get("admin/item.xhtml?roadmap=" + slug + "&anchor=" + anchor);
    }

    /** The item form's fields as the page filled them in, with some changed (also what DatabaseOutageIT types). */
    static Map<String, String> form(HttpResponse<String> page, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : new String[] {"title", "summary", "target", "tags", "area"}) {
            Matcher value = Pattern.compile("name=\"item:" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
            fields.put("item:" + name, value.find() ? value.group(1).replace("&amp;", "&") : "");
        }
        Matcher body = Pattern.compile("name=\"item:body\"[^>]*>([^<]*)</textarea>", Pattern.DOTALL).matcher(page.body());
        fields.put("item:body", body.find() ? body.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">") : "");
        Matcher status = Pattern.compile("<option value=\"([A-Z_]+)\" selected=\"selected\">").matcher(page.body());
        fields.put("item:status", status.find() ? status.group(1) : "PLANNED");
        Matcher horizon = Pattern.compile("<option value=\"([a-z-]+)\" selected=\"selected\">").matcher(page.body());
        fields.put("item:horizon", horizon.find() ? horizon.group(1) : "whats-next");
        fields.putAll(changes);
        fields.put("item:save", "Save");
        return fields;
    }

    @Test
    void anEditedItemChangesTheDraftButNotThePublicPage() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> page = itemPage(maintainer, "telemetry");

        HttpResponse<String> saved = maintainer.submitOn(page, "item",
                form(page, Map.of("item:status", "IN_PROGRESS", "item:tags", "observability, ops")));

        assertThat(saved.body()).contains("Saved. Publish to show it to the public.");
        assertThat(maintainer.get("admin/edit.xhtml?roadmap=" + slug).body()).contains("in progress");
        assertThat(maintainer.get("admin/").body()).contains("Draft, never published");
    }

    @Test
    void anItemIsPlacedInAnAreaAndTakenOutOfItAgain() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> page = itemPage(maintainer, "telemetry");

        maintainer.submitOn(page, "item", form(page, Map.of("item:area", "Observability")));
        HttpResponse<String> placed = itemPage(maintainer, "telemetry");
        assertThat(form(placed, Map.of())).containsEntry("item:area", "Observability");

        maintainer.submitOn(placed, "item", form(placed, Map.of("item:area", " ")));
        assertThat(form(itemPage(maintainer, "telemetry"), Map.of())).containsEntry("item:area", "");
    }

    @Test
    void theSecondOfTwoMaintainersSeesWhatTheFirstChangedAndKeepsTheirInput() throws Exception {
        PortalClient first = administrator();
        PortalClient second = administrator();
        HttpResponse<String> firstPage = itemPage(first, "telemetry");
        HttpResponse<String> secondPage = itemPage(second, "telemetry");

        first.submitOn(firstPage, "item", form(firstPage, Map.of("item:status", "SHIPPED")));
        HttpResponse<String> conflict = second.submitOn(secondPage, "item",
                form(secondPage, Map.of("item:title", "Telemetry for everyone")));

        assertThat(conflict.body()).contains("Someone else saved this item since you opened it; they changed its status.",
                "As the other maintainer saved it", "shipped", "value=\"Telemetry for everyone\"");
        HttpResponse<String> again = second.submitOn(conflict, "item",
                form(conflict, Map.of("item:title", "Telemetry for everyone")));
        assertThat(again.body()).contains("Saved.");
    }

    @Test
    void thePeriodIsEditedAndAConflictOnTheDetailsKeepsWhatWasTyped() throws Exception {
        PortalClient first = administrator();
        PortalClient second = administrator();
        HttpResponse<String> firstPage = first.get("admin/edit.xhtml?roadmap=" + slug);
        HttpResponse<String> secondPage = second.get("admin/edit.xhtml?roadmap=" + slug);

        HttpResponse<String> saved = first.submitOn(firstPage, "details", Map.of("details:title", "Roadmap",
                "details:description", "Where Backstage goes", "details:period", "2022-Q3", "details:save", "Save"));
        assertThat(saved.body()).contains("Saved the title, description and period.", "value=\"2022-Q3\"");

        HttpResponse<String> conflict = second.submitOn(secondPage, "details", Map.of("details:title", "Backstage, later",
                "details:description", "", "details:period", "2022-Q2", "details:save", "Save"));
        assertThat(conflict.body()).contains("Someone else changed this roadmap since you opened it.",
                "value=\"Backstage, later\"");
        HttpResponse<String> again = second.submitOn(conflict, "details", Map.of("details:title", "Backstage, later",
                "details:description", "", "details:period", "2022-Q2", "details:save", "Save"));
        assertThat(again.body()).contains("Saved the title, description and period.");
    }

    @Test
    void aDomainRuleIsShownBesideTheFieldItIsAbout() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> page = itemPage(maintainer, "telemetry");

        HttpResponse<String> refused = maintainer.submitOn(page, "item", form(page, Map.of("item:tags", "ops, " + "x".repeat(61))));

        String body = refused.body();
        assertThat(body).contains("is longer than 60 characters.").doesNotContain("Saved.");
        assertThat(body.indexOf("is longer than 60 characters.")).as("beside the tags field")
                .isGreaterThan(body.indexOf("name=\"item:tags\""));
    }

    @Test
    void anEmptyTitleIsRefusedBesideTheField() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> page = itemPage(maintainer, "telemetry");

        HttpResponse<String> refused = maintainer.submitOn(page, "item", form(page, Map.of("item:title", "")));

        assertThat(refused.body()).contains("An item needs a title.").doesNotContain("Saved.");
    }

    @Test
    void itemsAreAddedReorderedAndDeletedAfterAConfirmation() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> editor = maintainer.get("admin/edit.xhtml?roadmap=" + slug);

        HttpResponse<String> added = maintainer.submitOn(editor, "items",
                Map.of(field(editor, "new-future-work"), "Plugin marketplace", PortalClient.button(editor, "items", "Add to Future work"), "Add"));
        assertThat(added.body()).contains("Added “Plugin marketplace”.");

        HttpResponse<String> moved = maintainer.submitOn(added, "items", Map.of(PortalClient.button(added, "items", "Move Plugin marketplace up"), "↑"));
        assertThat(moved.body().indexOf("Plugin marketplace")).isLessThan(moved.body().indexOf("Improved UX design"));

        HttpResponse<String> asked = maintainer.submitOn(moved, "items", Map.of(PortalClient.button(moved, "items", "Delete Plugin marketplace"), "Delete"));
        assertThat(asked.body()).contains("Delete “Plugin marketplace” from the draft?");
        HttpResponse<String> deleted = maintainer.submitOn(asked, "items", Map.of(PortalClient.buttonSaying(asked, "items", "Yes, delete it"), "Yes"));
        assertThat(deleted.body()).contains("Deleted the item from the draft.").doesNotContain("Plugin marketplace</span>");
    }

    @Test
    void horizonsAreAddedRenamedAndMoved() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> editor = maintainer.get("admin/edit.xhtml?roadmap=" + slug);

        HttpResponse<String> added = maintainer.submitOn(editor, "horizon",
                Map.of("horizon:title", "Done this year", "horizon:kind", "DONE", "horizon:add", "Add the horizon"));
        assertThat(added.body()).contains("Added the horizon “Done this year”.");

        HttpResponse<String> renamed = maintainer.submitOn(added, "items",
                Map.of(field(added, "rename-done-this-year"), "Shipped", PortalClient.button(added, "items", "Rename Done this year"), "Rename"));
        assertThat(renamed.body()).contains("Renamed the horizon.", ">Shipped</h2>");

        HttpResponse<String> moved = maintainer.submitOn(renamed, "items", Map.of(PortalClient.button(renamed, "items", "Move the horizon Shipped up"), "↑"));
        assertThat(moved.body().indexOf(">Shipped</h2>")).isLessThan(moved.body().indexOf(">Future work</h2>"));
    }

    @Test
    void sectionsAreEditedAddedAndRemoved() throws Exception {
        PortalClient maintainer = administrator();
        HttpResponse<String> page = maintainer.get("admin/sections.xhtml?roadmap=" + slug);
        assertThat(page.body()).contains("How to influence the roadmap");

        HttpResponse<String> added = maintainer.submitOn(page, "add",
                Map.of("add:title", "Release notes", "add:body", "See the changelog.", "add:add", "Add the section"));
        assertThat(added.body()).contains("Added the section at the end.", "value=\"Release notes\"");

        Matcher last = Pattern.compile("aria-label=\"Remove section (\\d+)\"").matcher(added.body());
        String number = null;
        while (last.find()) {
            number = last.group(1);
        }
        HttpResponse<String> asked = maintainer.submitOn(added, "sections",
                Map.of(PortalClient.button(added, "sections", "Remove section " + number), "Remove"));
        HttpResponse<String> removed = maintainer.submitOn(asked, "sections",
                Map.of(PortalClient.buttonSaying(asked, "sections", "Yes, remove it"), "Yes"));
        assertThat(removed.body()).contains("Removed the section.").doesNotContain("value=\"Release notes\"");
    }

    private static String field(HttpResponse<String> page, String id) {
        Matcher field = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*name=\"([^\"]+)\"|name=\"([^\"]+)\"[^>]*id=\"" + Pattern.quote(id) + "\"")
                .matcher(page.body());
        assertThat(field.find()).as(id).isTrue();
        return field.group(1) != null ? field.group(1) : field.group(2);
    }
}
