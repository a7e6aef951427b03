/**
 * The roadmap aggregate: {@link dev.roadmap.domain.model.roadmap.Roadmap}, the root, with its horizons,
 * items and sections; the value objects that name and date them ({@link dev.roadmap.domain.model.roadmap.Anchor},
 * {@link dev.roadmap.domain.model.roadmap.PlanningPeriod}); and its repository.
 *
 * <p>Every rule of the roadmap is kept here: callers ask for a change in the domain's words and get a
 * {@link dev.roadmap.domain.model.roadmap.RoadmapRuleViolation} when it would break a rule.
 */
package dev.roadmap.domain.model.roadmap;
