package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;

/** A maintainer signing in and out of the maintainer UI in a real browser. */
class AdminBrowserIT extends DeployedPortal {

    @Test
    void aMaintainerIsAskedToSignInIsRefusedAWrongPasswordAndThenSeesTheDashboard() throws Exception {
        try (Browser browser = Browser.headless(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(root.resolve("admin/").toString());
            browser.waitForAddressContaining("/login.xhtml");
            assertThat(page.getTitle()).isEqualTo("Sign in · Roadmap Portal");
            browser.screenshot("admin-login");
            browser.assertAccessible();

            browser.signIn("admin", "not-the-password");
            assertThat(page.findElement(By.id("messages")).getText()).isEqualTo("Wrong user name or password.");
            browser.screenshot("admin-login-refused");
            browser.assertAccessible();

            browser.signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
            browser.waitForAddressContaining("/admin/");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Roadmaps");
            assertThat(page.findElement(By.cssSelector(".data-table")).getText()).contains("Roadmap", "backstage", "Published");
            browser.screenshot("admin-dashboard");
            browser.assertAccessible();

            String slug = SampleRoadmaps.freshSlug("walk-through").value();
            browser.clickAndWaitForPage(By.linkText("Import from Markdown"));
            page.findElement(By.id("document:slug")).sendKeys(slug);
            ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];",
                    page.findElement(By.id("document:pasted")),
                    new String(SampleRoadmaps.backstageMarkdown(), StandardCharsets.UTF_8));
            browser.clickAndWaitForPage(By.id("document:preview"));
            assertThat(page.findElement(By.id("report-heading")).isDisplayed()).isTrue();
            assertThat(page.findElement(By.tagName("main")).getText()).contains("warning:", "Backstage Search 1.0");
            browser.screenshot("admin-import-preview");
            browser.assertAccessible();
            browser.clickAndWaitForPage(By.id("confirm:import"));
            browser.waitForAddressContaining("imported=" + slug);
            browser.clickAndWaitForPage(By.cssSelector("a[aria-label='Publish or go back: " + slug + "']"));
            assertThat(page.findElement(By.tagName("main")).getText()).contains("was never published", "Added");
            browser.screenshot("admin-publish");
            browser.assertAccessible();
            browser.clickAndWaitForPage(By.id("publish:publish"));
            assertThat(page.findElement(By.id("messages")).getText()).contains("Published edition 1");

            browser.clickAndWaitForPage(By.linkText("API tokens"));
            page.findElement(By.id("create:name")).sendKeys("docs CI");
            browser.clickAndWaitForPage(By.id("create:make"));
            assertThat(page.findElement(By.id("new-token")).getText()).startsWith("rp_");
            assertThat(page.findElement(By.cssSelector(".data-table")).getText()).contains("docs CI", "Active");
            browser.screenshot("admin-tokens");
            browser.assertAccessible();

            browser.clickAndWaitForPage(By.id("signOut:button"));
            browser.waitForAddressContaining("signedOut=true");
            assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");
            page.get(root.resolve("admin/").toString());
            browser.waitForAddressContaining("/login.xhtml");
        }
    }

    @Test
    void twoMaintainersEditingTheSameItemInTwoBrowsersDoNotOverwriteEachOther() throws Exception {
        try (Browser first = Browser.headless(1280, 1100); Browser second = Browser.headless(1280, 1100)) {
            String slug = SampleRoadmaps.freshSlug("conflict").value();
            visitor().putTheDemoAsDraft(slug);
            String item = root.resolve("admin/item.xhtml?roadmap=" + slug + "&anchor=graphql-support").toString();
            for (Browser browser : new Browser[] {first, second}) {
                browser.driver().get(root.resolve("login.xhtml").toString());
                browser.signIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
                browser.waitForAddressContaining("/admin/");
                browser.driver().get(item);
            }
            first.driver().findElement(By.id("item:body")).sendKeys("Queries with **one** schema.");
            new WebDriverWait(first.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(
                    By.cssSelector("#live-preview strong"), "one"));
            first.screenshot("admin-item-editor");
            first.assertAccessible();

            new Select(first.driver().findElement(By.id("item:status"))).selectByVisibleText("in progress");
            first.clickAndWaitForPage(By.id("item:save"));
            assertThat(first.driver().findElement(By.id("messages")).getText()).contains("Saved.");

            WebDriver late = second.driver();
            late.findElement(By.id("item:tags")).clear();
            late.findElement(By.id("item:tags")).sendKeys("api, graphql");
            second.clickAndWaitForPage(By.id("item:save"));
            assertThat(late.findElement(By.id("messages")).getText()).contains("they changed its text, status");
            assertThat(late.findElement(By.cssSelector(".theirs")).getText()).contains("in progress");
            assertThat(late.findElement(By.id("item:tags")).getAttribute("value")).as("their input is kept").isEqualTo("api, graphql");
            second.screenshot("admin-item-conflict");
            second.assertAccessible();

            second.clickAndWaitForPage(By.id("item:save"));
            assertThat(late.findElement(By.id("messages")).getText()).contains("Saved.");
        }
    }

    @Test
    void aNewEditorSignsInWithTheHandedOverPasswordAndChoosesTheirOwn() throws Exception {
        String name = "browser-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String handedOver;
        try (Browser admin = Browser.headless(1280, 900)) {
            admin.signInAsTheAdministrator(root);
            admin.driver().get(root.resolve("admin/users.xhtml").toString());
            admin.driver().findElement(By.id("create:username")).sendKeys(name);
            admin.clickAndWaitForPage(By.id("create:make"));
            handedOver = admin.driver().findElement(By.id("handed-over-password")).getText();
            admin.screenshot("admin-users");
            admin.assertAccessible();
        }
        try (Browser editor = Browser.headless(1280, 900)) {
            WebDriver page = editor.driver();
            page.get(root.resolve("admin/").toString());
            editor.signIn(name, handedOver);
            editor.waitForAddressContaining("/admin/password.xhtml");
            assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("temporary password");
            page.findElement(By.id("password:current")).sendKeys(handedOver);
            page.findElement(By.id("password:chosen")).sendKeys("my own passphrase");
            page.findElement(By.id("password:repeated")).sendKeys("my own passphrase");
            editor.screenshot("admin-password");
            editor.assertAccessible();
            editor.clickAndWaitForPage(By.id("password:change"));

            assertThat(page.getCurrentUrl()).contains("/admin/index.xhtml");
            assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("Your password is changed.");
        }
    }
}
