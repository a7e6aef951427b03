package dev.roadmap.importer.markdown;

import dev.roadmap.importer.markdown.DocumentOutline.ItemDraft;
import dev.roadmap.importer.markdown.DocumentOutline.Lines;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;

/** Rows of a table as items, where a table lists features with their status, date, priority or owner. */
final class TableItems {

    private final SourceText source;

    TableItems(SourceText source) {
        this.source = source;
    }

    boolean holdsItems(TableBlock table) {
        return false;
    }

    List<ItemDraft> items(TableBlock table, String area) {
        return List.of();
    }

    Lines rest(TableBlock table) {
        return new Lines(0, 0);
    }
}
