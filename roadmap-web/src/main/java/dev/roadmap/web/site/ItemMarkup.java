package dev.roadmap.web.site;

import dev.roadmap.web.Links;
import dev.roadmap.web.site.RoadmapDocument.Item;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The items of one horizon, written in one pass: a roadmap page's articles ({@code <rp:itemArticles>}) or a board's
 * cards ({@code <rp:boardCards>}). They were {@code ui:repeat}s, whose expressions Faces looked up by reflection for
 * every item. These components write the same markup, whitespace included, as plain strings ({@link ItemHtml}). The
 * item page and the search results write an item's metadata with it too, through the {@code itemMeta} tag file.
 */
public abstract class ItemMarkup extends UIComponentBase {

    /**
     * The items' markup goes to the page in chunks of about this many characters: the page's writer encodes and
     * buffers each write it is given, which for twenty or so small writes an item was most of what these cost.
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
        StringBuilder chunk = new StringBuilder(CHUNK_CHARS + CHUNK_CHARS / 4);
        for (int i = 0; i < items.size(); i++) {
            append(chunk, items, i, links.item(slug, items.get(i).anchor()));
            if (chunk.length() >= CHUNK_CHARS || i == items.size() - 1) {
                page.write(chunk.toString());
                chunk.setLength(0);
            }
        }
    }

    /** Adds the markup of the item at {@code index}, which links to {@code itemAddress}. */
    abstract void append(StringBuilder out, List<Item> items, int index, String itemAddress);
}
