package dev.roadmap.importer.application;

import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An item as the edit form holds it: plain values, so the form can keep what a maintainer typed, and so
 * what they saw can be compared with what is stored now when someone else saved in between.
 */
public record ItemDraft(String title, String summary, String body, ItemStatus status, String target, String tags,
                        String area, String horizonKey) implements Serializable {

    public static ItemDraft of(RoadmapItem item) {
        return new ItemDraft(item.title(), item.summary(), item.body(), item.status(),
                item.target().map(PlanningPeriod::text).orElse(""), String.join(", ", item.tags()),
                item.area().orElse(""), item.horizon().key());
    }

    public List<String> tagList() {
        return Arrays.stream(tags == null ? new String[0] : tags.split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
    }

    /** The fields in which {@code now} differs from this, in the form's words. */
    public List<String> differencesFrom(ItemDraft now) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", title, now.title);
        compare(changed, "summary", summary, now.summary);
        compare(changed, "text", body, now.body);
        compare(changed, "status", status, now.status);
        compare(changed, "target", target, now.target);
        compare(changed, "tags", tags, now.tags);
        compare(changed, "area", area, now.area);
        compare(changed, "horizon", horizonKey, now.horizonKey);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
