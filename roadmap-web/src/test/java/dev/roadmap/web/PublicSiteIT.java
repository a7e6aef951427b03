package dev.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.importer.markdown.ReadResult;
import dev.roadmap.importer.markdown.RoadmapReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public site over HTTP, as a browser or script sees it, on the built WAR with the demo roadmap the
 * first start imports and publishes.
 */
class PublicSiteIT extends DeployedPortal {

    private HttpResponse<String> get(String path) throws Exception {
        return visitor().get(path);
    }

    /** A conditional or compressed request, as a browser or a cache sends it. */
    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        PortalClient browser = visitor();
        return browser.send(browser.request(path).header(header, value));
    }

    @Test
    void theHomePageListsThePublishedRoadmapsThroughTheSiteTemplateWithoutASession() throws Exception {
        HttpResponse<String> home = get("");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<title>Roadmaps · Roadmap Portal</title>", "Skip to content", "site.css",
                "Roadmap of Backstage", "href=\"" + root.getPath() + "roadmaps/backstage\"");
        assertThat(home.headers().firstValue("Set-Cookie")).as("a public page creates no session").isEmpty();
    }

    @Test
    void healthIsUpWhileTheDatabaseAnswers() throws Exception {
        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"name\":\"database\",\"status\":\"UP\"");
    }

    @Test
    void healthIsReadyOnceTheRoadmapsPublishedAtStartAreRendered() throws Exception {
        // The start's publications are rendered in the background; the portal was deployed moments ago.
        Instant deadline = Instant.now().plusSeconds(60);
        while (!healthCheck("published-pages").getString("status").equals("UP") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        JsonObject pages = healthCheck("published-pages");
        assertThat(pages.getString("status")).isEqualTo("UP");
        assertThat(count(pages, "renderedInAdvance")).as("the demo roadmap, rendered in advance").isPositive();
        assertThat(count(pages, "failedInAdvance")).isZero();
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    /** Addresses of pages that do not exist: each gets the site's own not-found page. */
    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"no-such-page.xhtml", "roadmaps/no-such-roadmap", "roadmaps/no-such-roadmap/board",
            "roadmaps/backstage/items/no-such-item", "roadmaps/backstage/items/%3Cscript%3E",
            "roadmaps/backstage/editions/99", "roadmaps/backstage/diff?from=1&to=9", "roadmaps/no-such-roadmap/feed.atom"})
    void anAddressOfNothingGetsTheSitesNotFoundPage(String address) throws Exception {
        HttpResponse<String> missing = get(address);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");
    }

    /** The API's addresses of nothing: 404 in JSON, naming the roadmap. */
    @ParameterizedTest(name = "/{0}")
    @CsvSource({"api/roadmaps/no-such-roadmap, no-such-roadmap", "api/roadmaps/backstage/editions/99, backstage"})
    void anApiAddressOfNothingIsNotFoundInJson(String address, String named) throws Exception {
        HttpResponse<String> missing = get(address);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(PortalClient.json(missing).getString("message")).contains(named);
    }

    @Test
    void theDemoRoadmapIsShownWithEveryAnchorItsLinksUse() throws Exception {
        HttpResponse<String> page = get("roadmaps/backstage");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Roadmap · Roadmap Portal</title>")
                .as("item anchor and alias").contains("id=\"search-1.0\"", "id=\"backstage-search-10\"")
                .as("heading anchors").contains("id=\"ease-of-onboarding\"")
                .as("the generated overview table").contains("href=\"#search-1.0\"")
                .contains("How to influence the roadmap", "Edition 1");
        assertThat(page.headers().firstValue("Set-Cookie")).as("a public page creates no session").isEmpty();
    }

    @Test
    void theRoadmapPageCarriesValidatorsAndIsNotSentAgainWhileUnchanged() throws Exception {
        HttpResponse<String> page = get("roadmaps/backstage");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = get("roadmaps/backstage", "If-None-Match", etag);
        HttpResponse<String> byDate = get("roadmaps/backstage", "If-Modified-Since", lastModified);

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(get("roadmaps/backstage").body()).as("the same bytes every time").isEqualTo(page.body());
    }

    @Test
    void theRoadmapPageIsSentCompressedToClientsThatAcceptGzip() throws Exception {
        PortalClient browser = visitor();
        HttpResponse<byte[]> compressed = browser.send(browser.request("roadmaps/backstage").header("Accept-Encoding", "gzip"),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var gunzip = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body()))) {
            assertThat(new String(gunzip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(get("roadmaps/backstage").body());
        }
    }

    @Test
    void theBoardShowsAColumnPerHorizonAndACardPerItem() throws Exception {
        HttpResponse<String> board = get("roadmaps/backstage/board");

        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("<title>Roadmap: board · Roadmap Portal</title>", "What&#39;s next", "Future work")
                .contains("href=\"" + root.getPath() + "roadmaps/backstage/items/telemetry\"")
                .contains("href=\"" + root.getPath() + "roadmaps/backstage/items/search-1.0\"");
        assertThat(board.body().split("class=\"card ", -1)).hasSize(12);
        assertThat(board.body()).as("a card's title is plain text").contains(">GraphQL support</a>");
    }

    @Test
    void anItemHasItsOwnPageUnderItsAnchorAndEveryAlias() throws Exception {
        HttpResponse<String> byAnchor = get("roadmaps/backstage/items/search-1.0");
        HttpResponse<String> byAlias = get("roadmaps/backstage/items/backstage-search-10");

        assertThat(byAnchor.statusCode()).isEqualTo(200);
        assertThat(byAnchor.body()).contains("<title>Backstage Search 1.0 · Roadmap · Roadmap Portal</title>",
                "Fix the few remaining issues", "History", "Edition 1: 2022-Q2", "Published in What's next.");
        assertThat(byAnchor.body()).as("the metadata in the markup of the roadmap page's items")
                .contains("<p class=\"item__meta\">\n        <span class=\"status status--planned\">planned</span>");
        assertThat(byAnchor.headers().firstValue("ETag")).as("cached like the roadmap page").isPresent();
        assertThat(byAlias.body()).isEqualTo(byAnchor.body());
    }

    @Test
    void theRoadmapCanBeFilteredByStatusHorizonAndTag() throws Exception {
        HttpResponse<String> planned = get("roadmaps/backstage?horizon=future-work&status=planned");

        assertThat(planned.statusCode()).isEqualTo(200);
        assertThat(planned.body()).contains("Showing 5 of 11 items.", "id=\"telemetry\"")
                .doesNotContain("id=\"search-1.0\"", "How to influence the roadmap");
        assertThat(planned.body()).as("the form shows the filter chosen")
                .contains("<option value=\"future-work\" selected=\"selected\">");
        assertThat(get("roadmaps/backstage/board?status=shipped").body()).contains("Showing 0 of 11 items.");
    }

    @Test
    void aFilterForWhatTheRoadmapDoesNotHaveIsABadRequest() throws Exception {
        HttpResponse<String> status = get("roadmaps/backstage?status=late");
        HttpResponse<String> horizon = get("roadmaps/backstage/board?horizon=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("This address is not quite right", "planned, in-progress, shipped, dropped, not “late”");
        assertThat(horizon.statusCode()).isEqualTo(400);
        assertThat(horizon.body()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void searchFindsPublishedItemsAcrossRoadmapsAndMarksTheWords() throws Exception {
        HttpResponse<String> search = get("search?q=Search+platform");

        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("Backstage <mark>Search</mark> 1.0",
                "href=\"" + root.getPath() + "roadmaps/backstage/items/search-1.0\"", "<mark>platform</mark>",
                "<span class=\"status status--planned\">planned</span>");
    }

    @Test
    void searchWithoutWordsShowsTheFormAndTooLongASearchIsABadRequest() throws Exception {
        HttpResponse<String> empty = get("search");
        HttpResponse<String> tooLong = get("search?q=" + "x".repeat(201));
        HttpResponse<String> nothing = get("search?q=%3Cscript%3Ezzz");

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"search-q\"").doesNotContain("matches");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("No item matches", "&lt;script&gt;zzz").doesNotContain("<script>zzz");
    }

    @Test
    void theHomePageIsCachedAndRevalidatedLikeARoadmapPage() throws Exception {
        HttpResponse<String> home = get("");
        String etag = home.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void theEditionsPageListsThePublishedEditionsWithLinks() throws Exception {
        HttpResponse<String> editions = get("roadmaps/backstage/editions");

        assertThat(editions.statusCode()).isEqualTo(200);
        assertThat(editions.body()).contains("Edition 1: 2022-Q2")
                .contains("href=\"" + root.getPath() + "roadmaps/backstage/editions/1\"");
    }

    @Test
    void anEditionIsShownAsItWasPublished() throws Exception {
        HttpResponse<String> edition = get("roadmaps/backstage/editions/1");

        assertThat(edition.statusCode()).isEqualTo(200);
        assertThat(edition.body()).contains("id=\"search-1.0\"", "Edition 1");
    }

    @Test
    void theDiffOfAnEditionWithItselfShowsNoChange() throws Exception {
        HttpResponse<String> diff = get("roadmaps/backstage/diff?from=1&to=1");

        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("No item changed between these editions.");
    }

    @Test
    void aDiffWithBadParametersIsABadRequestAndUnknownEditionsAreNotFound() throws Exception {
        HttpResponse<String> notANumber = get("roadmaps/backstage/diff?from=first&to=1");
        HttpResponse<String> missing = get("roadmaps/backstage/diff?to=1");

        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("This address is not quite right", "Name two editions by their numbers");
        assertThat(missing.statusCode()).isEqualTo(400);
    }

    @Test
    void theMarkdownOfThePublishedEditionReadsBackAsTheSameRoadmap() throws Exception {
        HttpResponse<String> markdown = get("roadmaps/backstage.md");

        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/markdown"));
        ReadResult read = new RoadmapReader().read(markdown.body(), "backstage");
        assertThat(read.report().errors()).isEmpty();
        assertThat(read.roadmap().orElseThrow().itemsIn("whats-next")).hasSize(6);
        assertThat(read.roadmap().orElseThrow().itemsIn("future-work")).hasSize(5);
    }

    @Test
    void theFeedListsTheEditionsAsAtom() throws Exception {
        HttpResponse<String> feed = get("roadmaps/backstage/feed.atom");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(feed.body())));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("feed");
        var entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        assertThat(entries.item(0).getTextContent()).contains("edition 1: 2022-Q2");
    }

    @Test
    void theApiListsThePublishedRoadmaps() throws Exception {
        HttpResponse<String> list = get("api/roadmaps");

        assertThat(list.statusCode()).isEqualTo(200);
        JsonArray roadmaps = Json.createReader(new StringReader(list.body())).readArray();
        assertThat(roadmaps.getValuesAs(JsonObject.class)).anySatisfy(r -> {
            assertThat(r.getString("slug")).isEqualTo("backstage");
            assertThat(r.getInt("edition")).isEqualTo(1);
        });
    }

    @Test
    void theApiShowsARoadmapInTheImportersFieldNames() throws Exception {
        JsonObject roadmap = PortalClient.json(get("api/roadmaps/backstage"));

        assertThat(roadmap.keySet()).contains("slug", "title", "description", "period", "horizons", "sections");
        JsonObject search = roadmap.getJsonArray("horizons").getJsonObject(0).getJsonArray("items").getJsonObject(1);
        assertThat(search.getString("anchor")).isEqualTo("search-1.0");
        assertThat(search.getJsonArray("aliases").getString(0)).isEqualTo("backstage-search-10");
        assertThat(roadmap.getJsonObject("edition").getInt("number")).isEqualTo(1);
    }

    @Test
    void theApiShowsAnEditionByNumber() throws Exception {
        assertThat(get("api/roadmaps/backstage/editions/1").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAnswersABadRequestInJson() throws Exception {
        HttpResponse<String> notANumber = get("api/roadmaps/backstage/editions/first");

        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(notANumber).getString("message")).contains("'first' is not");
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> openApi = get("/openapi");

        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/roadmaps/{slug}/editions/{number}");
    }
}
