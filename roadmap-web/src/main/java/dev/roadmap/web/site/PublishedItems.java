package dev.roadmap.web.site;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.importer.application.PublishedRoadmapService;
import dev.roadmap.importer.RoadmapChanges.ItemChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One published item with its history across the editions: what {@code /roadmaps/{slug}/items/{anchor}} shows. */
@ApplicationScoped
public class PublishedItems {

    /** The item as the newest edition that has it shows it, and what each edition did to it, oldest first. */
    public record PublishedItem(RoadmapDocument.Placed placed, EditionEntry lastSeen, boolean current,
                                List<HistoryEntry> history) {
    }

    /** What one edition did to the item, in sentences, with a line diff where its text changed. */
    public record HistoryEntry(EditionEntry edition, List<String> events, List<String> textDiff) {
    }

    @Inject
    private PublishedRoadmaps published;

    @Inject
    private PublishedRoadmapService publicView;

    /** The item an anchor or alias names in any published edition; empty when none has it. */
    @Transactional
    public Optional<PublishedItem> find(String slug, String anchorText) {
        Anchor anchor;
        try {
            anchor = Anchor.of(anchorText);
        } catch (RoadmapRuleViolation notAnAnchor) {
            return Optional.empty();
        }
        List<Edition> oldestFirst = new ArrayList<>(published.editions(slug));
        Collections.reverse(oldestFirst);
        Map<Integer, Edition> byNumber = oldestFirst.stream().collect(Collectors.toMap(Edition::number, Function.identity()));
        return publicView.history(slug, anchor, oldestFirst).map(history -> {
            Edition lastSeen = byNumber.get(history.lastSeen().edition());
            RoadmapDocument document = published.document(slug, lastSeen.number()).orElseThrow();
            RoadmapDocument.Placed placed = document.item(history.item().anchor().value()).orElseThrow();
            List<HistoryEntry> entries = history.steps().stream().map(step -> new HistoryEntry(
                    EditionEntry.of(byNumber.get(step.edition())),
                    step.changes().stream().map(PublishedItems::sentence).toList(),
                    step.changes().stream().flatMap(c -> c.textDiff().stream()).toList())).toList();
            return new PublishedItem(placed, EditionEntry.of(lastSeen), history.current(), entries);
        });
    }

    static String sentence(ItemChange change) {
        String before = change.before();
        String after = change.after();
        return switch (change.kind()) {
            case ADDED -> "Published in " + after + ".";
            case REMOVED -> "Removed from " + before + ".";
            case MOVED -> "Moved from " + before + " to " + after + ".";
            case RENAMED -> "Renamed from “" + before + "” to “" + after + "”.";
            case STATUS_CHANGED -> "Status changed from " + before + " to " + after + ".";
            case TEXT_CHANGED -> "Text changed.";
        };
    }
}
