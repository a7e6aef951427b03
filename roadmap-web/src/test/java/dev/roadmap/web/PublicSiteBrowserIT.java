package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A reader's way through the public site in a real browser, on a wide screen and on a phone. The walk follows
 * {@link TwoEditionRoadmap}, which the shared portal publishes at its start.
 */
class PublicSiteBrowserIT extends DeployedPortal {

    @Test
    void aReaderWalksFromTheHomePageThroughARoadmapToItsDiffAndSearch() throws Exception {
        try (Browser browser = Browser.headless(1280, 2000)) {
            WebDriver page = browser.driver();
            page.get(root.toString());
            assertThat(page.getTitle()).isEqualTo("Roadmaps · Roadmap Portal");
            browser.screenshot("home");
            browser.assertAccessible();

            browser.clickAndWaitForPage(By.linkText(TwoEditionRoadmap.TITLE));
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage-next");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(TwoEditionRoadmap.TITLE);
            browser.screenshot("roadmap");
            browser.assertAccessible();

            page.findElement(By.cssSelector("table a[href='#search-1.0']")).click();
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage-next#search-1.0");
            WebElement search = page.findElement(By.id("search-1.0"));
            assertThat(search.getText()).contains("Backstage Search 1.0");
            browser.screenshot("roadmap-item-from-table");

            browser.clickAndWaitForPage(By.cssSelector("[id='search-1.0'] .item__more a"));
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage-next/items/search-1.0");
            assertThat(page.findElement(By.cssSelector(".history")).getText())
                    .contains("Edition 1: 2022-Q2", "Edition 2: 2022-Q2, revised", "Status changed from planned to in progress");
            browser.screenshot("item");
            browser.assertAccessible();

            browser.clickAndWaitForPage(By.linkText("Board"));
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage-next/board");
            assertThat(page.findElements(By.cssSelector(".board__column"))).hasSize(2);
            browser.screenshot("board");
            browser.assertAccessible();

            new Select(page.findElement(By.id("filter-status"))).selectByVisibleText("in progress");
            browser.clickAndWaitForPage(By.cssSelector(".filters button[type=submit]"));
            browser.waitForAddressContaining("status=in-progress");
            assertThat(page.getCurrentUrl()).contains("/board?");
            assertThat(page.findElements(By.cssSelector(".card"))).singleElement()
                    .satisfies(card -> assertThat(card.getText()).contains("Backstage Search 1.0"));
            browser.screenshot("board-filtered");
            browser.assertAccessible();

            browser.clickAndWaitForPage(By.linkText("Editions"));
            browser.screenshot("editions");
            browser.assertAccessible();
            browser.clickAndWaitForPage(By.linkText("What changed since edition 1"));
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage-next/diff?from=1&to=2");
            assertThat(page.findElement(By.tagName("main")).getText())
                    .contains("Added", "Plugin marketplace", "Status changed", "Text changed", "+Fix the last issues");
            browser.screenshot("diff");
            browser.assertAccessible();

            browser.clickAndWaitForPage(By.linkText("Search"));
            WebElement query = page.findElement(By.id("search-q"));
            query.sendKeys("search ux");
            browser.clickAndWaitForPage(By.cssSelector(".search-form button[type=submit]"));
            browser.waitForAddressContaining("/search?q=search+ux");
            List<WebElement> hits = page.findElements(By.cssSelector(".hit"));
            assertThat(hits).singleElement().satisfies(hit -> {
                assertThat(hit.getText()).contains(TwoEditionRoadmap.TITLE, "Backstage Search 1.0");
                assertThat(hit.findElements(By.tagName("mark"))).isNotEmpty();
            });
            browser.screenshot("search");
            browser.assertAccessible();

            browser.clickAndWaitForPage(By.cssSelector(".hit .hit__title a"));
            assertThat(page.getCurrentUrl()).endsWith("/roadmaps/backstage-next/items/search-1.0");
        }
    }

    @Test
    void theRoadmapReadsWellOnAPhone() throws Exception {
        try (Browser browser = Browser.headless(390, 1600)) {
            WebDriver page = browser.driver();
            page.get(root.resolve("roadmaps/backstage").toString());
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
            page.get(root.resolve("roadmaps/backstage").toString());
            page.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
            WebElement focused = page.switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Skip to content");
            focused.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(page.getCurrentUrl()).endsWith("#main");
        }
    }
}
