package dev.roadmap.web.site;

import dev.roadmap.web.Links;
import dev.roadmap.web.site.RoadmapDocument.Item;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The items of one horizon, written in one pass: a roadmap page's articles ({@code <rp:itemArticles>}) or a board's
 * cards ({@code <rp:boardCards>}). They were {@code ui:repeat}s, whose expressions Faces looked up by reflection for
 * every item (two thirds of a 5,000-item page's first render went there); these components write the very same
 * markup, whitespace included, through a copy of the page's own {@link ResponseWriter}
 * ({@link ResponseWriter#cloneWithWriter}), so text and attributes are escaped as the template escaped them. The
 * template's {@code itemMeta} tag file stays the item page's.
 */
public abstract class ItemMarkup extends UIComponentBase {

    /**
     * The items are written through a copy of the page's writer (same escaping) into a chunk of about this many
     * characters, which goes to the page in one write: the page's writer encodes and buffers each write it is given,
     * and that, for the twenty or so small writes of each of 5,000 items, was most of what these components cost.
     */
    private static final int CHUNK_CHARS = 32 * 1024;

    /** Component family of both: they render themselves. */
    public static final String FAMILY = "dev.roadmap.web.site";

    @Override
    public String getFamily() {
        return FAMILY;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<Item> items = (List<Item>) getAttributes().get("items");
        String slug = (String) getAttributes().get("slug");
        Links links = context.getApplication().evaluateExpressionGet(context, "#{links}", Links.class);
        ResponseWriter page = context.getResponseWriter();
        StringWriter chunk = new StringWriter(CHUNK_CHARS + CHUNK_CHARS / 4);
        ResponseWriter out = page.cloneWithWriter(chunk);
        for (int i = 0; i < items.size(); i++) {
            write(out, items, i, links.item(slug, items.get(i).anchor()));
            if (chunk.getBuffer().length() >= CHUNK_CHARS || i == items.size() - 1) {
                out.flush();
                page.write(chunk.toString());
                chunk.getBuffer().setLength(0);
            }
        }
    }

    /** Writes the item at {@code index}, which links to {@code itemAddress}. */
    abstract void write(ResponseWriter out, List<Item> items, int index, String itemAddress) throws IOException;

    /** What the {@code itemMeta} tag file writes: status, area, target and tags. */
    static void writeMeta(ResponseWriter out, Item item) throws IOException {
        out.write("\n    ");
        out.startElement("p", null);
        out.writeAttribute("class", "item__meta", null);
        out.write("\n        ");
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
        out.write("\n    ");
        out.endElement("p");
    }

    static void span(ResponseWriter out, String cssClass, String text) throws IOException {
        out.startElement("span", null);
        out.writeAttribute("class", cssClass, null);
        out.writeText(text, null);
        out.endElement("span");
    }

    static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
