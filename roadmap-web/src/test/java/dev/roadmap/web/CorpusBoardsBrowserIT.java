package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Real roadmaps that group their features by area, published through the API as a CI job would and seen on
 * their boards: the features under their areas, with their statuses. The documents are the importer's corpus.
 */
class CorpusBoardsBrowserIT extends DeployedPortal {

    private static final Path CORPUS = Path.of("../roadmap-importer/src/test/resources/corpus");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kubeedge, SIG Node, Support WasmEdge integration on KubeEdge edgenode",
        "mui, MUI X, Data Grid"
    })
    void aBoardShowsTheFeaturesOfARealRoadmapUnderTheirAreas(String name, String area, String feature)
            throws Exception {
        String slug = "corpus-" + name;
        HttpResponse<String> put = administrator().put("api/roadmaps/" + slug + "?publish=true",
                Files.readAllBytes(CORPUS.resolve(name + ".md")), PortalClient.administratorsBasic());
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);

        try (Browser browser = Browser.headless(1400, 2400)) {
            WebDriver page = browser.driver();
            page.get(root.resolve("roadmaps/" + slug + "/board").toString());
            List<String> areas = page.findElements(By.cssSelector(".board__area")).stream().map(WebElement::getText)
                    .toList();
            assertThat(areas).contains(area);
            assertThat(page.findElements(By.cssSelector(".card")))
                    .anySatisfy(card -> assertThat(card.getText()).contains(feature))
                    .allSatisfy(card -> assertThat(card.findElements(By.cssSelector(".status"))).hasSize(1));
            browser.screenshot("board-" + name);
            browser.assertAccessible();
        }
    }
}
