package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.Slug;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every anchor and alias of a roadmap's items, to the item: how the roadmap keeps them unique, and finds an
 * item at the same cost with 10 items or 10,000. Not stored; built from the horizons when first needed.
 */
final class ItemIndex {

    private final Map<String, RoadmapItem> byAnchor = new HashMap<>();
    private final Slug roadmap;

    private ItemIndex(Slug roadmap) {
        this.roadmap = roadmap;
    }

    static ItemIndex of(Slug roadmap, List<RoadmapItem> items) {
        ItemIndex index = new ItemIndex(roadmap);
        for (RoadmapItem item : items) {
            index.byAnchor.put(item.anchor().value(), item);
            item.aliases().forEach(alias -> index.byAnchor.put(alias.value(), item));
        }
        return index;
    }

    Optional<RoadmapItem> find(Anchor anchor) {
        return Optional.ofNullable(byAnchor.get(anchor.value()));
    }

    RoadmapItem require(Anchor anchor) {
        return find(anchor).orElseThrow(() -> new RoadmapRuleViolation(
                "The roadmap '" + roadmap + "' has no item '" + anchor + "'."));
    }

    /** Refuses an anchor that is already an item's own or an alias. */
    void requireFree(Anchor anchor) {
        find(anchor).ifPresent(taken -> {
            throw new RoadmapRuleViolation("The anchor '" + anchor + "' already belongs to the item '" + taken.title()
                    + "'; anchors must be unique within a roadmap.");
        });
    }

    /** Lets an item answer to an anchor, its own or an alias, which must be free. */
    void claim(Anchor anchor, RoadmapItem item) {
        claim(anchor, () -> item);
    }

    /** Makes, once the anchor is known to be free, the item that answers to it. */
    RoadmapItem claim(Anchor anchor, Supplier<RoadmapItem> item) {
        requireFree(anchor);
        RoadmapItem made = item.get();
        byAnchor.put(anchor.value(), made);
        return made;
    }

    /** Frees a removed item's anchor and aliases. */
    void release(RoadmapItem item) {
        byAnchor.remove(item.anchor().value());
        item.aliases().forEach(alias -> byAnchor.remove(alias.value()));
    }
}
