package dev.roadmap.importer.application;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.roadmap.Horizon;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The edit-the-draft use case: the changes a maintainer makes in the editor, each with its line in the
 * audit trail, in one transaction. Every change names the version of the draft the maintainer was looking
 * at: if someone else saved since, nothing is changed and {@link DraftChangedMeanwhile} carries the draft as
 * it is now, so the maintainer can look and apply their own input again.
 */
@ApplicationScoped
public class DraftEditingService {

    /** What a change that lost a race at the database says; the page then shows the draft as it is now. */
    private static final String RACE_LOST = "Someone else saved this roadmap at the same moment. Here it is "
            + "as it is now; make your change again.";

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private AuditTrail audit;

    @Inject
    private SecurityContext security;

    @Inject
    private AllOrNothing allOrNothing;

    /**
     * The draft with everything the editor shows of it.
     *
     * @throws RoadmapNotFound when there is no such roadmap
     */
    @Transactional
    public Roadmap draft(String slug) {
        Roadmap roadmap = Drafts.require(roadmaps, slug);
        roadmap.items().forEach(RoadmapItem::tags);
        return roadmap;
    }

    /** The draft's title, description and planning period (such as 2022-Q2; empty for none). */
    public Roadmap describe(String slug, long seenVersion, String title, String description, String period) {
        return change(slug, seenVersion, "Title, description and period", roadmap -> {
            roadmap.rename(title);
            roadmap.describe(description);
            String typed = period == null ? "" : period.strip();
            // Unchanged text keeps the period as read (a quarter found in prose stays that quarter).
            if (!typed.equals(roadmap.period().map(PlanningPeriod::text).orElse(""))) {
                roadmap.planFor(typed.isEmpty() ? null : PlanningPeriod.parse(typed));
            }
        });
    }

    /** Saves the edit form of one item, unless the draft changed since {@code seen} was read. */
    public Roadmap saveItem(String slug, long seenVersion, String anchorText, ItemDraft seen, ItemDraft edited) {
        return allOrNothing.run(RACE_LOST, () -> saveItemNow(slug, seenVersion, anchorText, seen, edited));
    }

    private Roadmap saveItemNow(String slug, long seenVersion, String anchorText, ItemDraft seen, ItemDraft edited) {
        Roadmap roadmap = Drafts.require(roadmaps, slug);
        Anchor anchor = Anchor.of(anchorText);
        RoadmapItem item = roadmap.findItem(anchor)
                .orElseThrow(() -> new DraftChangedMeanwhile("Someone removed this item since you opened it.", roadmap));
        if (roadmap.version() != seenVersion) {
            List<String> changed = seen.differencesFrom(ItemDraft.of(item));
            if (!changed.isEmpty()) {
                throw new DraftChangedMeanwhile("Someone else saved this item since you opened it; they changed its "
                        + String.join(", ", changed) + ". Your input is kept below: look at theirs, then save again.",
                        roadmap);
            }
        }
        roadmap.renameItem(anchor, edited.title());
        roadmap.describeItem(anchor, edited.summary(), edited.body());
        roadmap.changeItemStatus(anchor, edited.status());
        roadmap.targetItem(anchor, edited.target() == null || edited.target().isBlank() ? null
                : PlanningPeriod.parse(edited.target()));
        roadmap.tagItem(anchor, edited.tagList());
        roadmap.placeItemInArea(anchor, edited.area());
        if (!item.horizon().key().equals(edited.horizonKey())) {
            roadmap.moveItem(anchor, edited.horizonKey(), roadmap.itemsIn(edited.horizonKey()).size());
        }
        return saved(roadmap, "Item saved: " + anchorText);
    }

    public Roadmap addItem(String slug, long seenVersion, String horizonKey, String title) {
        return change(slug, seenVersion, "Item added: " + title, roadmap -> {
            Anchor anchor = Anchor.fromHeading(title);
            if (roadmap.findItem(anchor).isPresent()) {
                throw new RoadmapRuleBroken("An item called “" + title + "” is already there.");
            }
            roadmap.addItem(horizonKey, anchor, title);
        });
    }

    public Roadmap removeItem(String slug, long seenVersion, String anchor) {
        return change(slug, seenVersion, "Item deleted: " + anchor, roadmap -> roadmap.removeItem(Anchor.of(anchor)));
    }

    /** Moves an item one place up (-1) or down (+1) within its horizon. */
    public Roadmap shiftItem(String slug, long seenVersion, String anchorText, int by) {
        return change(slug, seenVersion, "Item moved: " + anchorText, roadmap -> {
            Anchor anchor = Anchor.of(anchorText);
            RoadmapItem item = roadmap.findItem(anchor).orElseThrow(() -> new RoadmapNotFound("No such item."));
            List<Anchor> order = new ArrayList<>(roadmap.itemsIn(item.horizon().key()).stream().map(RoadmapItem::anchor).toList());
            int from = order.indexOf(anchor);
            int to = from + by;
            if (to < 0 || to >= order.size()) {
                return;
            }
            order.remove(from);
            order.add(to, anchor);
            roadmap.reorderItems(item.horizon().key(), order);
        });
    }

    public Roadmap addHorizon(String slug, long seenVersion, String title, HorizonKind kind) {
        return change(slug, seenVersion, "Horizon added: " + title, roadmap -> roadmap.addHorizon(Anchor.fromHeading(title).value(), title, kind));
    }

    public Roadmap renameHorizon(String slug, long seenVersion, String key, String title) {
        return change(slug, seenVersion, "Horizon renamed: " + title, roadmap -> roadmap.renameHorizon(key, title));
    }

    /** Removes an empty horizon; one that still holds items is refused, saying how many. */
    public Roadmap removeHorizon(String slug, long seenVersion, String key) {
        return change(slug, seenVersion, "Horizon removed: " + key, roadmap -> roadmap.removeHorizon(key));
    }

    /** Moves a horizon one place up (-1) or down (+1). */
    public Roadmap shiftHorizon(String slug, long seenVersion, String key, int by) {
        return change(slug, seenVersion, "Horizon moved: " + key, roadmap -> {
            List<String> keys = roadmap.horizons().stream().map(Horizon::key).toList();
            int to = keys.indexOf(key) + by;
            if (to >= 0 && to < keys.size()) {
                roadmap.moveHorizon(key, to);
            }
        });
    }

    /** Puts a horizon's items in the order given (drag and drop sends the whole order). */
    public Roadmap orderItems(String slug, long seenVersion, String horizonKey, List<String> anchors) {
        return change(slug, seenVersion, "Items reordered in " + horizonKey, roadmap -> roadmap.reorderItems(horizonKey, anchors.stream().map(Anchor::of).toList()));
    }

    public Roadmap editSection(String slug, long seenVersion, int position, String title, String body) {
        return change(slug, seenVersion, "Section " + (position + 1) + " edited", roadmap -> roadmap.editSection(position, title, body));
    }

    /** Adds a section at the end of the document, after every horizon. */
    public Roadmap addSection(String slug, long seenVersion, String title, String body) {
        return change(slug, seenVersion, "Section added", roadmap -> roadmap.addSection(title, body));
    }

    public Roadmap removeSection(String slug, long seenVersion, int position) {
        return change(slug, seenVersion, "Section " + (position + 1) + " removed", roadmap -> roadmap.removeSection(position));
    }

    /** Makes a change the maintainer asked for on the version they saw, with its line in the audit trail. */
    private Roadmap change(String slug, long seenVersion, String what, Consumer<Roadmap> change) {
        return allOrNothing.run(RACE_LOST, () -> {
            Roadmap roadmap = Drafts.require(roadmaps, slug);
            if (roadmap.version() != seenVersion) {
                throw new DraftChangedMeanwhile("Someone else changed this roadmap since you opened it. Here it is "
                        + "as it is now; make your change again.", roadmap);
            }
            change.accept(roadmap);
            return saved(roadmap, what);
        });
    }

    private Roadmap saved(Roadmap roadmap, String what) {
        Roadmap stored = roadmaps.save(roadmap);
        audit.add(AuditEntry.now(security.getCallerPrincipal().getName(), Action.DRAFT_EDITED, roadmap.slug(), what));
        return stored;
    }
}
