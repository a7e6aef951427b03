package dev.roadmap.importer;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.importer.RoadmapChanges.ItemChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One item's life across a roadmap's published editions: the edition that first published it, and each
 * later one that moved, renamed, re-statused, rewrote or removed it. The item is followed by every anchor
 * and alias it has carried, so an anchor renamed with the old one kept as an alias is still the same item.
 *
 * @param lastSeen the newest edition that has the item
 * @param item     the item as it stands in that edition
 * @param current  whether that is the newest edition of all; if not, a later one removed it
 * @param steps    the editions that changed the item, oldest first
 */
public record ItemHistory(Published lastSeen, RoadmapItem item, boolean current, List<Step> steps) {

    /** A published edition, by number, with the roadmap it holds. */
    public record Published(int edition, Roadmap roadmap) {
    }

    /** What one edition, by number, did to the item. */
    public record Step(int edition, List<ItemChange> changes) {
    }

    /**
     * The history of the item an anchor names in any of the editions, oldest first; empty when no edition
     * has such an item.
     */
    public static Optional<ItemHistory> of(Anchor anchor, List<Published> editionsOldestFirst) {
        int named = editionsOldestFirst.size() - 1;
        while (named >= 0 && editionsOldestFirst.get(named).roadmap().findItem(anchor).isEmpty()) {
            named--;
        }
        if (named < 0) {
            return Optional.empty();
        }
        Set<String> names = namesOf(editionsOldestFirst.get(named).roadmap().findItem(anchor).orElseThrow(),
                named, editionsOldestFirst);
        // The item in each edition, or null where that edition lacks it: found once, read below.
        List<RoadmapItem> found = editionsOldestFirst.stream().map(e -> find(e.roadmap(), names).orElse(null)).toList();
        int lastSeen = found.size() - 1;
        while (found.get(lastSeen) == null) {
            lastSeen--;
        }
        return Optional.of(new ItemHistory(editionsOldestFirst.get(lastSeen), found.get(lastSeen),
                lastSeen == found.size() - 1, steps(found, editionsOldestFirst)));
    }

    /**
     * Every anchor and alias the item has had: learnt going back from the newest edition the anchor names it
     * in, then forward from there, since a later edition may know it only by a newer anchor.
     */
    private static Set<String> namesOf(RoadmapItem item, int at, List<Published> editions) {
        Set<String> names = new LinkedHashSet<>();
        addNames(item, names);
        for (int i = at - 1; i >= 0; i--) {
            find(editions.get(i).roadmap(), names).ifPresent(found -> addNames(found, names));
        }
        for (int i = at + 1; i < editions.size(); i++) {
            find(editions.get(i).roadmap(), names).ifPresent(found -> addNames(found, names));
        }
        return names;
    }

    private static void addNames(RoadmapItem item, Set<String> names) {
        names.add(item.anchor().value());
        item.aliases().forEach(alias -> names.add(alias.value()));
    }

    private static List<Step> steps(List<RoadmapItem> found, List<Published> editions) {
        List<Step> steps = new ArrayList<>();
        RoadmapItem before = null;
        for (int i = 0; i < editions.size(); i++) {
            RoadmapItem now = found.get(i);
            List<ItemChange> changes = before == null && now == null ? List.of()
                    : before == null ? List.of(RoadmapChanges.added(now))
                    : now == null ? List.of(RoadmapChanges.removed(before))
                    : RoadmapChanges.ofItem(before, now);
            if (!changes.isEmpty()) {
                steps.add(new Step(editions.get(i).edition(), changes));
            }
            before = now;
        }
        return List.copyOf(steps);
    }

    private static Optional<RoadmapItem> find(Roadmap roadmap, Set<String> names) {
        return names.stream().map(name -> roadmap.findItem(Anchor.of(name))).flatMap(Optional::stream).findFirst();
    }
}
