/**
 * The JPA implementations of the model's repositories, as CDI beans. They take part in the caller's
 * transaction and start one of their own when called without.
 */
package dev.roadmap.domain.persistence;
