package dev.roadmap.web.site;

import dev.roadmap.web.site.RoadmapDocument.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.owasp.html.Encoding;

/**
 * An item's markup on the roadmap page (its article) and on the board (its card), appended to the page's text as
 * plain strings. Written through Faces' writer, an element, an attribute and a text at a time, they made a cold JVM's
 * first 5,000-item page a fifth to a third slower (README, Measured). Text and attribute values are escaped by the
 * sanitiser's own encoder; the HTML pieces are the item's sanitised title, summary and body.
 */
public final class ItemHtml {

    private ItemHtml() {
    }

    /** The article the roadmap page shows under the item's anchor and aliases, linking to its history. */
    static void appendArticle(StringBuilder out, Item item, String itemAddress) {
        out.append("\n                        <article class=\"item item--");
        text(out, item.status()).append("\" id=\"");
        text(out, item.anchor()).append("\">");
        for (String alias : item.aliases()) {
            out.append("<span class=\"item__alias\" id=\"");
            text(out, alias).append("\"></span>");
        }
        out.append("\n                            <h3 class=\"item__title\">").append(item.titleHtml()).append("</h3>");
        meta(out, item);
        if (!item.summaryHtml().isEmpty()) {
            out.append("\n                                <p class=\"item__summary\">").append(item.summaryHtml())
                    .append("</p>");
        }
        out.append("\n                            <div class=\"prose\">").append(item.bodyHtml()).append("</div>")
                .append("\n                            <p class=\"item__more\"><a href=\"");
        text(out, itemAddress).append("\">History of this item</a></p>\n                        </article>");
    }

    /** The board's card: the plain title linking to the item's page, its metadata and summary. */
    static void appendCard(StringBuilder out, Item item, String itemAddress) {
        out.append("\n                                <li class=\"card item--");
        text(out, item.status()).append("\">\n                                    <h3 class=\"card__title\"><a href=\"");
        text(out, itemAddress).append("\">");
        text(out, item.plainTitle()).append("</a></h3>");
        meta(out, item);
        if (!item.summaryHtml().isEmpty()) {
            out.append("\n                                        <p class=\"card__summary\">").append(item.summaryHtml())
                    .append("</p>");
        }
        out.append("\n                                </li>");
    }

    /** The heading over the board's cards of one area. */
    static void appendAreaHeading(StringBuilder out, String area) {
        out.append("\n                                    <li class=\"board__area\">");
        text(out, area).append("</li>");
    }

    /**
     * An item's status, area, target and tags, as the item page and the search results show them too: their
     * {@code itemMeta} tag file writes this, as the function {@code rp:itemMetaHtml}, so there is one markup for all.
     */
    public static String metaHtml(Item item) {
        StringBuilder out = new StringBuilder(160);
        meta(out, item);
        return out.toString();
    }

    private static void meta(StringBuilder out, Item item) {
        out.append("\n    <p class=\"item__meta\">\n        ");
        span(out, "status status--" + item.status(), item.status().replace('-', ' '));
        if (!item.area().isEmpty()) {
            span(out, "item__area", item.area());
        }
        if (item.target() != null && !item.target().isEmpty()) {
            span(out, "item__target", item.target());
        }
        for (String tag : item.tags()) {
            span(out, "tag", tag);
        }
        out.append("\n    </p>");
    }

    private static void span(StringBuilder out, String cssClass, String text) {
        out.append("<span class=\"");
        text(out, cssClass).append("\">");
        text(out, text).append("</span>");
    }

    /** Escaped for text and for a quoted attribute value alike. */
    private static StringBuilder text(StringBuilder out, String text) {
        try {
            Encoding.encodeRcdataOnto(text, out);
        } catch (IOException notFromAStringBuilder) {
            throw new UncheckedIOException(notFromAStringBuilder);
        }
        return out;
    }
}
