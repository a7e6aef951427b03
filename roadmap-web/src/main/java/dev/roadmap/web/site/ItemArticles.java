package dev.roadmap.web.site;

import dev.roadmap.web.site.RoadmapDocument.Item;
import jakarta.faces.component.FacesComponent;
import java.util.List;

/** A horizon's items on the roadmap page, each an article under its anchor and aliases: {@code <rp:itemArticles>}. */
@FacesComponent(ItemArticles.TYPE)
public class ItemArticles extends ItemMarkup {

    public static final String TYPE = "dev.roadmap.web.site.ItemArticles";

    @Override
    void append(StringBuilder out, List<Item> items, int index, String itemAddress) {
        ItemHtml.appendArticle(out, items.get(index), itemAddress);
    }
}
