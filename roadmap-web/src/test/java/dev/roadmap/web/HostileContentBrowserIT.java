package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * A roadmap whose titles, bodies, tags and links carry the common XSS payloads is put through the API and
 * published, then edited in the maintainer UI with more payloads and published again; every public page,
 * and the maintainers' pages that show it, are opened in a real browser.
 * None may run a script or hold the payloads as live markup: no script element but the portal's own script
 * files, no event-handler attribute, no {@code javascript:} address, no frame, form or SVG.
 */
class HostileContentBrowserIT extends DeployedPortal {

    private final String slug = SampleRoadmaps.freshSlug("hostile").value();

    /** Counts what would make the payloads live; the page must have none of it. */
    private static final String LIVE_MARKUP = """
            const all = Array.from(document.querySelectorAll('*'));
            return {
              scripts: document.querySelectorAll('script:not([src*="/jakarta.faces.resource/"])').length,
              handlers: all.filter(e => Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length,
              javascriptUrls: all.filter(e => ['href', 'src', 'action', 'formaction', 'style']
                  .some(n => (e.getAttribute(n) || '').replace(/\\s/g, '').toLowerCase().includes('javascript:'))).length,
              frames: document.querySelectorAll('iframe, frame, object, embed, svg, form[action^="javascript"]').length
            };""";

    @Test
    void noPageRunsOrHoldsThePayloadsAsMarkup() throws Exception {
        publishTheHostileRoadmap();
        List<String> pages = List.of("", "roadmaps/" + slug, "roadmaps/" + slug + "/board",
                "roadmaps/" + slug + "/items/search", "roadmaps/" + slug + "/items/click-me",
                "roadmaps/" + slug + "/editions", "roadmaps/" + slug + "/editions/1",
                "roadmaps/" + slug + "/diff?from=1&to=1", "search?q=search", "search?q=%3Cscript%3Ealert(1)%3C/script%3E",
                "roadmaps/" + slug + "/board?tag=search");
        try (Browser browser = Browser.headless(1280, 1600)) {
            WebDriver page = browser.driver();
            for (String address : pages) {
                page.get(root.resolve(address).toString());
                assertNoLivePayload(page, address);
            }
            browser.screenshot("hostile-roadmap-escaped");

            browser.signInAsTheAdministrator(root);
            assertThat(page.getPageSource()).contains("Hostile roadmap");
            assertNoLivePayload(page, "admin/");
            editAnItemWithPayloads(browser);
            for (String address : List.of("admin/edit.xhtml?roadmap=" + slug, "admin/item.xhtml?roadmap=" + slug + "&anchor=search",
                    "admin/sections.xhtml?roadmap=" + slug, "admin/publish.xhtml?roadmap=" + slug, "admin/audit.xhtml")) {
                page.get(root.resolve(address).toString());
                assertNoLivePayload(page, address);
            }
            browser.screenshot("hostile-roadmap-in-the-item-editor");
        }
    }

    /** A maintainer types payloads into an item and publishes it; the public pages then show them as text. */
    private void editAnItemWithPayloads(Browser browser) {
        WebDriver page = browser.driver();
        page.get(root.resolve("admin/item.xhtml?roadmap=" + slug + "&anchor=telemetry").toString());
        page.findElement(By.id("item:title")).clear();
        page.findElement(By.id("item:title")).sendKeys("Telemetry <img src=x onerror=alert('edited-title')>");
        page.findElement(By.id("item:tags")).clear();
        page.findElement(By.id("item:tags")).sendKeys("<svg onload=alert('edited-tag')>, ops");
        page.findElement(By.id("item:body")).sendKeys("\n\n<script>alert('edited-body')</script> [x](javascript:alert('edited-link'))");
        browser.clickAndWaitForPage(By.id("item:save"));
        assertThat(page.findElement(By.id("messages")).getText()).contains("Saved.");
        assertNoLivePayload(page, "the item editor after saving");
        page.get(root.resolve("admin/publish.xhtml?roadmap=" + slug).toString());
        browser.clickAndWaitForPage(By.id("publish:publish"));
        assertThat(page.findElement(By.id("messages")).getText()).contains("Published edition 2");
        for (String address : List.of("roadmaps/" + slug, "roadmaps/" + slug + "/items/telemetry",
                "roadmaps/" + slug + "/board", "roadmaps/" + slug + "/diff?from=1&to=2", "search?q=telemetry")) {
            page.get(root.resolve(address).toString());
            assertThat(page.findElement(By.tagName("main")).getText()).as(address).contains("Telemetry");
            assertNoLivePayload(page, address + " after the edit");
        }
    }

    private static void assertNoLivePayload(WebDriver page, String address) {
        try {
            String text = page.switchTo().alert().getText();
            throw new AssertionError(address + " ran a payload: alert '" + text + "'");
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Long> live = (java.util.Map<String, Long>) ((JavascriptExecutor) page).executeScript(LIVE_MARKUP);
        assertThat(live).as("live markup on %s", address)
                .containsEntry("scripts", 0L).containsEntry("handlers", 0L)
                .containsEntry("javascriptUrls", 0L).containsEntry("frames", 0L);
    }

    private void publishTheHostileRoadmap() throws Exception {
        byte[] markdown;
        try (InputStream in = HostileContentBrowserIT.class.getResourceAsStream("/hostile/xss-roadmap.md")) {
            markdown = in.readAllBytes();
        }
        HttpResponse<String> put = visitor().put("api/roadmaps/" + slug + "?publish=true", markdown,
                PortalClient.administratorsBasic());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    }
}
