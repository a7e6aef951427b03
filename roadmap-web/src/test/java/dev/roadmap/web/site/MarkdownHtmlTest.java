package dev.roadmap.web.site;

import dev.roadmap.web.rendering.MarkdownHtml;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    private final MarkdownHtml html = new MarkdownHtml();

    @Test
    void markdownBecomesHtml() {
        assertThat(html.block("Some *emphasis* and a [link](https://backstage.io).")).isEqualTo(
                "<p>Some <em>emphasis</em> and a <a href=\"https://backstage.io\" rel=\"nofollow\">link</a>.</p>\n");
    }

    @Test
    void aLineBreakInATableSurvives() {
        assertThat(html.block("| a |\n| --- |\n| one <br/> two |")).contains("<td>one <br /> two</td>");
    }

    @Test
    void scriptsNeverReachThePage() {
        assertThat(html.block("Hello <script>alert(1)</script> world")).doesNotContain("<script").doesNotContain("alert(1)");
    }

    @Test
    void eventHandlersAreDropped() {
        assertThat(html.block("<img src=\"x.png\" onerror=\"alert(1)\">")).doesNotContain("onerror").doesNotContain("alert");
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        assertThat(html.block("[click](javascript:alert(1))")).doesNotContain("javascript");
    }

    @Test
    void anInlineLineHasNoParagraphAroundIt() {
        assertThat(html.inline("[GraphQL](https://graphql.org/) support"))
                .isEqualTo("<a href=\"https://graphql.org/\" rel=\"nofollow\">GraphQL</a> support");
    }
}
