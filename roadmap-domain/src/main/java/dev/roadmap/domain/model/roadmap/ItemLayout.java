package dev.roadmap.domain.model.roadmap;

/**
 * How a roadmap document lays out a horizon's items, so it is written back the way it was read: a
 * heading per item ("### Backstage Search 1.0"), or a bullet per item ("- **Telemetry:** …").
 */
public enum ItemLayout {
    HEADINGS,
    LIST
}
