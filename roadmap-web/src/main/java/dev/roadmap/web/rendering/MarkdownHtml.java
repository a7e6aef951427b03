package dev.roadmap.web.rendering;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown as HTML that is safe to put in a page: rendered by commonmark-java, then cleaned by the OWASP
 * sanitiser, so markup authors use ({@code <br/>} in a table, {@code <b>}) survives while scripts, event
 * handlers and {@code javascript:} links never reach a browser. Thread-safe.
 */
public final class MarkdownHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "del", "details", "summary", "kbd", "sup", "sub")
                    .allowAttributes("align").onElements("th", "td")
                    .allowAttributes("class").matching(true, "language-[a-z0-9+#-]+").onElements("code")
                    .toFactory());

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create())).build();

    /** A block of Markdown (a body, a section) as sanitised HTML. */
    public String block(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }

    /** One line of Markdown (a title, a summary) as sanitised HTML without the paragraph around it. */
    public String inline(String markdown) {
        String html = block(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
