package dev.roadmap.web.site;

import java.util.List;

/**
 * A published edition as its public page shows it: already rendered and sanitised, so a page is a lookup,
 * never a parse. Immutable; shared by every visitor until the next edition.
 */
public record RoadmapDocument(String slug, String title, String description, String period, int edition,
                              String editionLabel, String introHtml, List<Part> parts) {

    /** A stretch of the document: prose (a section) or a horizon with its items. */
    public record Part(String anchor, String titleHtml, String bodyHtml, String kind, List<Item> items) {

        public boolean isHorizon() {
            return kind != null;
        }
    }

    /** An item under its anchor and every alias, so every link to it keeps working. */
    public record Item(String anchor, List<String> aliases, String plainTitle, String titleHtml, String summaryHtml,
                       String bodyHtml, String status, String target, List<String> tags) {
    }
}
