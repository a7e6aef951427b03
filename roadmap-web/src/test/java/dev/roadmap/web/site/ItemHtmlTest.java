package dev.roadmap.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.web.site.RoadmapDocument.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemHtmlTest {

    private static final String ADDRESS = "/roadmaps/r/items/search";

    private static Item item(String area, String target, String summaryHtml, String... tags) {
        return new Item("search", List.of("old-search"), "Search <beta> & \"more\"", "Search &lt;beta&gt;",
                summaryHtml, "<p>Body</p>", "", "in-progress", target, List.of(tags), area);
    }

    private static String article(Item item) {
        StringBuilder out = new StringBuilder();
        ItemHtml.appendArticle(out, item, ADDRESS);
        return out.toString();
    }

    private static String card(Item item) {
        StringBuilder out = new StringBuilder();
        ItemHtml.appendCard(out, item, ADDRESS);
        return out.toString();
    }

    @Test
    void anArticleStandsUnderTheItemsAnchorAndAliasesAndLinksToItsHistory() {
        String article = article(item("", "", ""));

        assertThat(article).contains("<article class=\"item item--in-progress\" id=\"search\">",
                "<span class=\"item__alias\" id=\"old-search\"></span>",
                "<h3 class=\"item__title\">Search &lt;beta&gt;</h3>", "<div class=\"prose\"><p>Body</p></div>",
                "<a href=\"" + ADDRESS + "\">History of this item</a>");
        assertThat(article.strip()).endsWith("</article>");
    }

    @Test
    void theItemsSanitisedHtmlIsKeptAndItsPlainTextEscaped() {
        Item item = item("Server & <Cloud>", "\"2024\"", "<em>Soon</em>", "ux<script>");

        assertThat(article(item)).contains("<p class=\"item__summary\"><em>Soon</em></p>",
                "<span class=\"item__area\">Server &amp; &lt;Cloud&gt;</span>",
                "<span class=\"item__target\">&#34;2024&#34;</span>", "<span class=\"tag\">ux&lt;script&gt;</span>")
                .doesNotContain("<Cloud>", "<script>");
        assertThat(card(item)).contains("<a href=\"" + ADDRESS + "\">Search &lt;beta&gt; &amp; &#34;more&#34;</a>",
                "<p class=\"card__summary\"><em>Soon</em></p>", "<span class=\"tag\">ux&lt;script&gt;</span>");
    }

    @Test
    void metadataLeftOutOfTheDocumentIsLeftOutOfTheMarkup() {
        Item item = item("", "", "");

        assertThat(article(item)).contains("<span class=\"status status--in-progress\">in progress</span>")
                .doesNotContain("item__area", "item__target", "class=\"tag\"", "item__summary");
        assertThat(card(item)).doesNotContain("card__summary", "item__area");
    }

    @Test
    void anAreaHeadingIsEscaped() {
        StringBuilder out = new StringBuilder();

        ItemHtml.appendAreaHeading(out, "R&D <lab>");

        assertThat(out.toString().strip()).isEqualTo("<li class=\"board__area\">R&amp;D &lt;lab&gt;</li>");
    }
}
