/**
 * The roadmap aggregate: {@link dev.roadmap.domain.model.roadmap.Roadmap}, the root, with its parts:
 * {@link dev.roadmap.domain.model.roadmap.Horizon}s, each owning its ordered
 * {@link dev.roadmap.domain.model.roadmap.RoadmapItem}s, and {@link dev.roadmap.domain.model.roadmap.Section}s;
 * the root's helpers for what is roadmap-wide (the item index that keeps anchors unique, the outline that
 * orders horizons and sections); the value objects that carry their own rules and limits
 * ({@link dev.roadmap.domain.model.roadmap.Title}, {@link dev.roadmap.domain.model.roadmap.Description},
 * {@link dev.roadmap.domain.model.roadmap.Tags}, {@link dev.roadmap.domain.model.roadmap.Area},
 * {@link dev.roadmap.domain.model.roadmap.Anchor}, {@link dev.roadmap.domain.model.roadmap.PlanningPeriod},
 * {@link dev.roadmap.domain.model.roadmap.DocumentHead}); and its repository.
 *
 * <p>Every rule of the roadmap is kept here: callers ask for a change in the domain's words and get a
 * {@link dev.roadmap.domain.model.roadmap.RoadmapRuleViolation} when it would break a rule, naming the
 * field when the rule is about one, so a form can show it there.
 */
package dev.roadmap.domain.model.roadmap;
