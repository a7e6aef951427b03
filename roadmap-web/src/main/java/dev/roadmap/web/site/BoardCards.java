package dev.roadmap.web.site;

import dev.roadmap.web.site.RoadmapDocument.Item;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * A horizon's items on the board, a card each: {@code <rp:boardCards>}. Cards of one area follow each other; the
 * area is named above the first of them.
 */
@FacesComponent(BoardCards.TYPE)
public class BoardCards extends ItemMarkup {

    public static final String TYPE = "dev.roadmap.web.site.BoardCards";

    @Override
    void write(ResponseWriter out, List<Item> items, int index, String itemAddress) throws IOException {
        Item item = items.get(index);
        if (!item.area().isEmpty() && (index == 0 || !items.get(index - 1).area().equals(item.area()))) {
            out.write("\n                                    ");
            out.startElement("li", null);
            out.writeAttribute("class", "board__area", null);
            out.writeText(item.area(), null);
            out.endElement("li");
        }
        out.write("\n                                ");
        out.startElement("li", null);
        out.writeAttribute("class", "card item--" + item.status(), null);
        out.write("\n                                    ");
        out.startElement("h3", null);
        out.writeAttribute("class", "card__title", null);
        out.startElement("a", null);
        out.writeAttribute("href", itemAddress, null);
        out.writeText(item.plainTitle(), null);
        out.endElement("a");
        out.endElement("h3");
        writeMeta(out, item);
        if (!isEmpty(item.summaryHtml())) {
            out.write("\n                                        ");
            out.startElement("p", null);
            out.writeAttribute("class", "card__summary", null);
            out.write(item.summaryHtml());
            out.endElement("p");
        }
        out.write("\n                                ");
        out.endElement("li");
    }
}
