package dev.roadmap.web.site;

import dev.roadmap.domain.model.roadmap.ItemStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A published edition as its public page shows it: already rendered and sanitised, so a page is a lookup,
 * never a parse. Immutable; shared by every visitor until the next edition.
 */
public record RoadmapDocument(String slug, String title, String description, String period, int edition,
                              String editionLabel, String introHtml, List<Part> parts) {

    /** A stretch of the document: prose (a section) or a horizon with its items. */
    public record Part(String anchor, String plainTitle, String titleHtml, String bodyHtml, String kind,
                       List<Item> items) {

        public boolean isHorizon() {
            return kind != null;
        }

        Part withItems(List<Item> kept) {
            return new Part(anchor, plainTitle, titleHtml, bodyHtml, kind, List.copyOf(kept));
        }
    }

    /** The horizons, in document order. */
    public List<Part> horizons() {
        return parts.stream().filter(Part::isHorizon).toList();
    }

    /** Every item, horizon by horizon. */
    public List<Item> items() {
        return horizons().stream().flatMap(part -> part.items().stream()).toList();
    }

    /** Every status an item can have, as addresses and pages write it, in the order a roadmap moves through them. */
    public static final List<String> STATUSES = Arrays.stream(ItemStatus.values()).map(ItemStatus::slug).toList();

    /** The statuses its items have, in the order of {@link #STATUSES}. */
    public List<String> statuses() {
        Set<String> used = items().stream().map(Item::status).collect(Collectors.toSet());
        return STATUSES.stream().filter(used::contains).toList();
    }

    /** The tags its items carry, alphabetically. */
    public List<String> tags() {
        return items().stream().flatMap(item -> item.tags().stream()).distinct().sorted().toList();
    }

    /** The areas its items belong to, alphabetically. */
    public List<String> areas() {
        return items().stream().map(Item::area).filter(area -> !area.isEmpty()).distinct().sorted().toList();
    }

    /** Only the horizons and items the filter lets through; prose sections are left out while filtering. */
    public RoadmapDocument filtered(ItemFilter filter) {
        if (filter.isEmpty()) {
            return this;
        }
        List<Part> kept = horizons().stream()
                .map(part -> part.withItems(part.items().stream().filter(item -> filter.lets(part, item)).toList()))
                .filter(part -> !part.items().isEmpty()).toList();
        return new RoadmapDocument(slug, title, description, period, edition, editionLabel, introHtml, kept);
    }

    /** An item and the horizon it stands in. */
    public record Placed(Part horizon, Item item) {
    }

    /** The item an anchor or alias names, with its horizon. */
    public Optional<Placed> item(String anchor) {
        return parts.stream().flatMap(part -> part.items().stream()
                        .filter(item -> item.anchor().equals(anchor) || item.aliases().contains(anchor))
                        .map(item -> new Placed(part, item)))
                .findFirst();
    }

    /** An item under its anchor and every alias, so every link to it keeps working. */
    public record Item(String anchor, List<String> aliases, String plainTitle, String titleHtml, String summaryHtml,
                       String bodyHtml, String plainText, String status, String target, List<String> tags,
                       String area) {
    }
}
