package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A reader's way through the public site in a real browser, on a wide screen and on a phone. */
@ExtendWith(ArquillianExtension.class)
class PublicSiteBrowserIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return BuiltWar.withTestClasses();
    }

    @Test
    void aReaderGoesFromTheHomePageToAnItemThroughTheOverviewTable() throws Exception {
        try (Browser browser = Browser.headless(1280, 2000)) {
            WebDriver page = browser.driver();
            page.get(base.toString());
            assertThat(page.getTitle()).isEqualTo("Roadmaps · Roadmap Portal");
            browser.screenshot("home");
            browser.assertAccessible();

            page.findElement(By.linkText("Roadmap")).click();
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Roadmap");
            browser.screenshot("roadmap");
            browser.assertAccessible();

            page.findElement(By.cssSelector("table a[href='#search-1.0']")).click();
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage#search-1.0");
            WebElement search = page.findElement(By.id("search-1.0"));
            assertThat(search.getText()).contains("Backstage Search 1.0");
            browser.screenshot("roadmap-item-from-table");

            page.findElement(By.linkText("Board")).click();
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage/board");
            assertThat(page.findElements(By.cssSelector(".board__column"))).hasSize(2);
            browser.screenshot("board");
            browser.assertAccessible();

            page.findElement(By.linkText("Editions")).click();
            browser.screenshot("editions");
            browser.assertAccessible();
            page.findElement(By.partialLinkText("Edition 1")).click();
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage/editions/1");
            browser.screenshot("edition-1");
        }
    }

    @Test
    void theRoadmapReadsWellOnAPhone() throws Exception {
        try (Browser browser = Browser.headless(390, 1600)) {
            WebDriver page = browser.driver();
            page.get(base.toString() + "roadmaps/backstage");
            long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) page).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0);
            browser.screenshot("roadmap-phone");
        }
    }

    @Test
    void theSkipLinkTakesAKeyboardUserToTheContent() throws Exception {
        try (Browser browser = Browser.headless(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(base.toString() + "roadmaps/backstage");
            page.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
            WebElement focused = page.switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Skip to content");
            focused.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(page.getCurrentUrl()).endsWith("#main");
        }
    }
}
