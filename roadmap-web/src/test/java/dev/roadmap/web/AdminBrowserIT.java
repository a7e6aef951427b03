package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** A maintainer signing in and out of the maintainer UI in a real browser. */
@ExtendWith(ArquillianExtension.class)
class AdminBrowserIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return BuiltWar.withTestClasses();
    }

    private static void signIn(WebDriver page, String username, String password) {
        page.findElement(By.id("login:username")).clear();
        page.findElement(By.id("login:username")).sendKeys(username);
        page.findElement(By.id("login:password")).clear();
        page.findElement(By.id("login:password")).sendKeys(password);
        page.findElement(By.id("login:signIn")).click();
    }

    @Test
    void aMaintainerIsAskedToSignInIsRefusedAWrongPasswordAndThenSeesTheDashboard() throws Exception {
        try (Browser browser = Browser.headless(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(base.toURI().resolve("admin/").toString());
            browser.waitForAddressContaining("/login.xhtml");
            assertThat(page.getTitle()).isEqualTo("Sign in · Roadmap Portal");
            browser.screenshot("admin-login");
            browser.assertAccessible();

            signIn(page, "admin", "not-the-password");
            assertThat(page.findElement(By.id("messages")).getText()).isEqualTo("Wrong user name or password.");
            browser.screenshot("admin-login-refused");
            browser.assertAccessible();

            signIn(page, "admin", MaintainerSession.ADMIN_PASSWORD);
            browser.waitForAddressContaining("/admin/");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Roadmaps");
            assertThat(page.findElement(By.cssSelector(".data-table")).getText()).contains("Roadmap", "backstage", "Published");
            browser.screenshot("admin-dashboard");
            browser.assertAccessible();

            page.findElement(By.linkText("Import from Markdown")).click();
            page.findElement(By.id("document:slug")).sendKeys("walk-through");
            ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];",
                    page.findElement(By.id("document:pasted")),
                    new String(SampleRoadmaps.backstageMarkdown(), StandardCharsets.UTF_8));
            page.findElement(By.id("document:preview")).click();
            assertThat(page.findElement(By.id("report-heading")).isDisplayed()).isTrue();
            assertThat(page.findElement(By.tagName("main")).getText()).contains("warning:", "Backstage Search 1.0");
            browser.screenshot("admin-import-preview");
            browser.assertAccessible();
            page.findElement(By.id("confirm:import")).click();
            browser.waitForAddressContaining("imported=walk-through");
            page.findElement(By.cssSelector("a[aria-label='Publish or go back: walk-through']")).click();
            assertThat(page.findElement(By.tagName("main")).getText()).contains("was never published", "Added");
            browser.screenshot("admin-publish");
            browser.assertAccessible();
            page.findElement(By.id("publish:publish")).click();
            assertThat(page.findElement(By.id("messages")).getText()).contains("Published edition 1");

            page.findElement(By.linkText("API tokens")).click();
            page.findElement(By.id("create:name")).sendKeys("docs CI");
            page.findElement(By.id("create:make")).click();
            assertThat(page.findElement(By.id("new-token")).getText()).startsWith("rp_");
            assertThat(page.findElement(By.cssSelector(".data-table")).getText()).contains("docs CI", "Active");
            browser.screenshot("admin-tokens");
            browser.assertAccessible();

            page.findElement(By.id("signOut:button")).click();
            browser.waitForAddressContaining("signedOut=true");
            assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");
            page.get(base.toURI().resolve("admin/").toString());
            browser.waitForAddressContaining("/login.xhtml");
        }
    }
}
