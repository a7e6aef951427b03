package dev.roadmap.web.site;

import dev.roadmap.web.site.RoadmapDocument.Item;
import jakarta.faces.component.FacesComponent;
import java.util.List;

/**
 * A horizon's items on the board, a card each: {@code <rp:boardCards>}. Cards of one area follow each other; the
 * area is named above the first of them.
 */
@FacesComponent(BoardCards.TYPE)
public class BoardCards extends ItemMarkup {

    public static final String TYPE = "dev.roadmap.web.site.BoardCards";

    @Override
    void append(StringBuilder out, List<Item> items, int index, String itemAddress) {
        Item item = items.get(index);
        if (!item.area().isEmpty() && (index == 0 || !items.get(index - 1).area().equals(item.area()))) {
            ItemHtml.appendAreaHeading(out, item.area());
        }
        ItemHtml.appendCard(out, item, itemAddress);
    }
}
