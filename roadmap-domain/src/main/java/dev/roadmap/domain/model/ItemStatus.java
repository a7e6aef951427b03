package dev.roadmap.domain.model;

/** Where an item stands. */
public enum ItemStatus {
    PLANNED,
    IN_PROGRESS,
    SHIPPED,
    DROPPED
}
