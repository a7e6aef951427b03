package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A maintainer editing a draft in a real browser: items, horizons and sections, by mouse and by keyboard. */
class DraftEditingBrowserIT extends DeployedPortal {

    /** A browser signed in as the administrator, on the editor of a new draft of the demo roadmap. */
    private Browser onTheEditorOfANewDraft(String slug, String page) throws Exception {
        visitor().putTheDemoAsDraft(slug);
        Browser browser = Browser.headless(1280, 1400);
        browser.signInAsTheAdministrator(root);
        browser.driver().get(root.resolve("admin/" + page + "?roadmap=" + slug).toString());
        return browser;
    }

    private static List<String> horizons(WebDriver page) {
        return page.findElements(By.cssSelector(".editor-horizon h2")).stream().map(WebElement::getText).toList();
    }

    private static List<String> items(WebDriver page, String horizonKey) {
        return page.findElements(By.cssSelector("[data-sortable='" + horizonKey + "'] .editor-item__title")).stream()
                .map(WebElement::getText).toList();
    }

    private static String messages(WebDriver page) {
        return page.findElement(By.id("messages")).getText();
    }

    @Test
    void itemsAreReorderedByDragAndDropAddedAndDeletedAfterAConfirmation() throws Exception {
        try (Browser browser = onTheEditorOfANewDraft(SampleRoadmaps.freshSlug("dragged").value(), "edit.xhtml")) {
            WebDriver page = browser.driver();
            browser.screenshot("admin-editor");
            browser.assertAccessible();

            WebElement old = page.findElement(By.tagName("html"));
            // HTML drag and drop, as Chromium fires it for a mouse: Telemetry dropped onto the first item of its horizon.
            ((JavascriptExecutor) page).executeScript("""
                    const from = document.querySelector('[data-anchor="telemetry"]');
                    const onto = document.querySelector('[data-sortable="future-work"] > [data-anchor]');
                    const data = new DataTransfer();
                    from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                    onto.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                    onto.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                    """);
            new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(old));
            new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));

            assertThat(page.findElement(By.id("messages")).getText()).contains("Saved the new order.");
            assertThat(page.findElement(By.cssSelector("[data-sortable='future-work'] > li")).getAttribute("data-anchor"))
                    .isEqualTo("telemetry");

            page.findElement(By.id("new-future-work")).sendKeys("Plugin marketplace");
            browser.clickAndWaitForPage(By.cssSelector("[aria-label='Add to Future work']"));
            assertThat(page.findElement(By.cssSelector("[data-sortable='future-work']")).getText()).contains("Plugin marketplace");
            browser.clickAndWaitForPage(By.cssSelector("[aria-label='Delete Plugin marketplace']"));
            assertThat(page.findElement(By.cssSelector(".editor-item__confirm")).getText()).contains("Delete “Plugin marketplace”");
            browser.screenshot("admin-editor-confirm-delete");
            browser.assertAccessible();
            browser.clickAndWaitForPage(By.cssSelector(".editor-item__confirm input[value='Yes, delete it']"));
            assertThat(page.findElement(By.id("messages")).getText()).contains("Deleted the item from the draft.");
            assertThat(page.findElement(By.cssSelector("[data-sortable='future-work']")).getText()).doesNotContain("Plugin marketplace");
        }
    }

    @Test
    void aHorizonIsAddedRenamedMovedWithTheFocusKeptOnItsButtonsAndRemovedWhenEmpty() throws Exception {
        try (Browser browser = onTheEditorOfANewDraft(SampleRoadmaps.freshSlug("horizons").value(), "edit.xhtml")) {
            WebDriver page = browser.driver();
            page.findElement(By.id("horizon:title")).sendKeys("Next year");
            new Select(page.findElement(By.id("horizon:kind"))).selectByVisibleText("later");
            browser.clickAndWaitForPage(By.id("horizon:add"));
            assertThat(messages(page)).contains("Added the horizon “Next year”.");
            assertThat(horizons(page)).containsExactly("What's next", "Future work", "Next year");

            page.findElement(By.id("rename-future-work")).clear();
            page.findElement(By.id("rename-future-work")).sendKeys("Later, perhaps");
            browser.clickAndWaitForPage(By.cssSelector("[aria-label='Rename Future work']"));
            assertThat(messages(page)).contains("Renamed the horizon.");
            assertThat(horizons(page)).containsExactly("What's next", "Later, perhaps", "Next year");

            page.findElement(By.cssSelector("[aria-label='Move the horizon Later, perhaps up']")).sendKeys("");
            browser.pressEnterAndWaitForPage();
            assertThat(horizons(page)).containsExactly("Later, perhaps", "What's next", "Next year");
            // First now, so its ↑ is off: the focus is on its ↓.
            browser.waitForFocusOn("Move the horizon Later, perhaps down");
            browser.screenshot("admin-editor-horizons");
            browser.assertAccessible();

            assertThat(page.findElements(By.cssSelector("[aria-label='Remove the horizon What\\'s next']")))
                    .as("a horizon with items cannot be removed").isEmpty();
            browser.clickAndWaitForPage(By.cssSelector("[aria-label='Remove the horizon Next year']"));
            assertThat(page.findElement(By.cssSelector(".editor-horizon__tools .editor-item__confirm")).getText())
                    .contains("Remove the horizon “Next year”?");
            browser.clickAndWaitForPage(By.cssSelector(".editor-horizon__tools input[value='Yes, remove it']"));
            assertThat(messages(page)).contains("Removed the horizon.");
            assertThat(horizons(page)).containsExactly("Later, perhaps", "What's next");
        }
    }

    @Test
    void anItemMovedByKeyboardKeepsTheFocusSoEnterMovesItAgain() throws Exception {
        try (Browser browser = onTheEditorOfANewDraft(SampleRoadmaps.freshSlug("keyboard").value(), "edit.xhtml")) {
            WebDriver page = browser.driver();
            assertThat(items(page, "future-work")).startsWith("Security Plan (and Strategy)", "Composable Homepage 1.0",
                    "GraphQL support", "Telemetry");

            page.findElement(By.cssSelector("[aria-label='Move Telemetry up']")).sendKeys("");
            browser.pressEnterAndWaitForPage();
            browser.waitForFocusOn("Move Telemetry up");
            browser.pressEnterAndWaitForPage();

            assertThat(items(page, "future-work")).startsWith("Security Plan (and Strategy)", "Telemetry",
                    "Composable Homepage 1.0", "GraphQL support");
        }
    }

    @Test
    void aSectionIsEditedAddedAndRemovedAfterAConfirmation() throws Exception {
        try (Browser browser = onTheEditorOfANewDraft(SampleRoadmaps.freshSlug("sections").value(), "sections.xhtml")) {
            WebDriver page = browser.driver();
            page.findElement(By.id("body-1")).clear();
            page.findElement(By.id("body-1")).sendKeys("Open an issue, or come to the **monthly** meeting.");
            browser.clickAndWaitForPage(By.cssSelector("[aria-label='Save section 2']"));
            assertThat(messages(page)).contains("Saved the section.");
            assertThat(page.findElement(By.id("body-1")).getAttribute("value"))
                    .isEqualTo("Open an issue, or come to the **monthly** meeting.");

            page.findElement(By.id("add:title")).sendKeys("Release cadence");
            page.findElement(By.id("add:body")).sendKeys("A release each month.");
            browser.clickAndWaitForPage(By.id("add:add"));
            assertThat(messages(page)).contains("Added the section at the end.");
            assertThat(page.findElement(By.id("title-2")).getAttribute("value")).isEqualTo("Release cadence");
            browser.screenshot("admin-sections");
            browser.assertAccessible();

            browser.clickAndWaitForPage(By.cssSelector("[aria-label='Remove section 3']"));
            assertThat(page.findElement(By.cssSelector(".editor-item__confirm")).getText())
                    .contains("Remove this section from the draft?");
            browser.clickAndWaitForPage(By.cssSelector(".editor-item__confirm input[value='Yes, remove it']"));
            assertThat(messages(page)).contains("Removed the section.");
            assertThat(page.findElements(By.id("title-2"))).isEmpty();
        }
    }
}
