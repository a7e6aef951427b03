package dev.roadmap.domain.model.audit;

import dev.roadmap.domain.model.shared.PersistentEntity;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One line of the audit trail: who did what, when, to which roadmap. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PersistentEntity {

    public static final int MAX_DETAIL_LENGTH = 1000;

    /** What was done. */
    public enum Action {
        ROADMAP_IMPORTED, DRAFT_EDITED, EDITION_PUBLISHED, DRAFT_REVERTED, ROADMAP_DELETED,
        TOKEN_CREATED, TOKEN_REVOKED,
        ACCOUNT_CREATED, PASSWORD_RESET, PASSWORD_CHANGED, ACCOUNT_DISABLED, ACCOUNT_ENABLED
    }

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private Action action;

    @Column(name = "roadmap_slug", length = Slug.MAX_LENGTH)
    private String roadmapSlug;

    @Column(name = "detail", nullable = false, length = MAX_DETAIL_LENGTH)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actor, Action action, Slug roadmap, String detail) {
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor, "Every change has someone who made it.");
        this.action = Objects.requireNonNull(action);
        this.roadmapSlug = roadmap == null ? null : roadmap.value();
        String text = detail == null ? "" : detail.strip();
        this.detail = text.length() <= MAX_DETAIL_LENGTH ? text : text.substring(0, MAX_DETAIL_LENGTH - 1) + "…";
    }

    /** An entry for something done just now. */
    public static AuditEntry now(String actor, Action action, Slug roadmap, String detail) {
        return new AuditEntry(Instant.now(), actor, action, roadmap, detail);
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Action action() {
        return action;
    }

    public Optional<String> roadmapSlug() {
        return Optional.ofNullable(roadmapSlug);
    }

    public String detail() {
        return detail;
    }
}
