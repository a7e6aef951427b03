/**
 * The roadmap model: the {@link dev.roadmap.domain.model.Roadmap} aggregate with its horizons, items and
 * sections, the immutable {@link dev.roadmap.domain.model.Edition}s published from it, the value objects
 * that name things ({@link dev.roadmap.domain.model.Slug}, {@link dev.roadmap.domain.model.Anchor},
 * {@link dev.roadmap.domain.model.PlanningPeriod}) and the repository interfaces.
 *
 * <p>Every rule of the model is kept here, inside the aggregate; callers ask for a change in the domain's
 * words and get a {@link dev.roadmap.domain.model.RoadmapRuleViolation} when it would break a rule.
 */
package dev.roadmap.domain.model;
