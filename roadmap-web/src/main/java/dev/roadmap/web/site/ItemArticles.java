package dev.roadmap.web.site;

import dev.roadmap.web.site.RoadmapDocument.Item;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/** A horizon's items on the roadmap page, each an article under its anchor and aliases: {@code <rp:itemArticles>}. */
@FacesComponent(ItemArticles.TYPE)
public class ItemArticles extends ItemMarkup {

    public static final String TYPE = "dev.roadmap.web.site.ItemArticles";

    @Override
    void write(ResponseWriter out, List<Item> items, int index, String itemAddress) throws IOException {
        Item item = items.get(index);
        out.write("\n                        ");
        out.startElement("article", null);
        out.writeAttribute("class", "item item--" + item.status(), null);
        out.writeAttribute("id", item.anchor(), null);
        for (String alias : item.aliases()) {
            out.startElement("span", null);
            out.writeAttribute("class", "item__alias", null);
            out.writeAttribute("id", alias, null);
            out.endElement("span");
        }
        out.write("\n                            ");
        out.startElement("h3", null);
        out.writeAttribute("class", "item__title", null);
        out.write(item.titleHtml());
        out.endElement("h3");
        writeMeta(out, item);
        if (!isEmpty(item.summaryHtml())) {
            out.write("\n                                ");
            out.startElement("p", null);
            out.writeAttribute("class", "item__summary", null);
            out.write(item.summaryHtml());
            out.endElement("p");
        }
        out.write("\n                            ");
        out.startElement("div", null);
        out.writeAttribute("class", "prose", null);
        out.write(item.bodyHtml());
        out.endElement("div");
        out.write("\n                            ");
        out.startElement("p", null);
        out.writeAttribute("class", "item__more", null);
        out.startElement("a", null);
        out.writeAttribute("href", itemAddress, null);
        out.write("History of this item");
        out.endElement("a");
        out.endElement("p");
        out.write("\n                        ");
        out.endElement("article");
    }
}
