package dev.roadmap.domain.model.edition;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.shared.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A published snapshot of a roadmap: its number (1, 2, 3…), a label such as "Q2 2022", who published it
 * and when, and the canonical Markdown of the roadmap at that moment. Editions are never changed or
 * deleted: an attempt to update or remove one is refused by the entity itself.
 */
@Entity
@Table(name = "edition")
@NamedQuery(name = Edition.OF_ROADMAP, query = "select e from Edition e where e.roadmapId = :roadmapId order by e.number desc")
@NamedQuery(name = Edition.BY_NUMBER, query = "select e from Edition e where e.roadmapId = :roadmapId and e.number = :number")
@NamedQuery(name = Edition.REMOVE_OF_ROADMAP, query = "delete from Edition e where e.roadmapId = :roadmapId")
public class Edition extends PersistentEntity {

    public static final String OF_ROADMAP = "Edition.ofRoadmap";
    public static final String BY_NUMBER = "Edition.byNumber";
    public static final String REMOVE_OF_ROADMAP = "Edition.removeOfRoadmap";
    public static final int MAX_LABEL_LENGTH = 100;

    /** The roadmap by identity: an edition is its own aggregate and outlives changes to the draft. */
    @Column(name = "roadmap_id", nullable = false)
    private Long roadmapId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "label", nullable = false, length = MAX_LABEL_LENGTH)
    private String label;

    @Column(name = "note")
    private String note;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "markdown", nullable = false)
    private String markdown;

    protected Edition() {
        // for JPA
    }

    /** Made by {@code Roadmap.publish}, which gives out the edition numbers in order; nothing else should call it. */
    public Edition(Long roadmapId, int number, String label, String note, String publishedBy, String markdown, Instant at) {
        this.roadmapId = Objects.requireNonNull(roadmapId, "An edition belongs to a stored roadmap.");
        this.number = number;
        if (label == null || label.isBlank()) {
            throw new RoadmapRuleViolation("An edition needs a label, such as 'Q2 2022'.");
        }
        if (label.strip().length() > MAX_LABEL_LENGTH) {
            throw new RoadmapRuleViolation("An edition's label is at most " + MAX_LABEL_LENGTH + " characters.");
        }
        if (publishedBy == null || publishedBy.isBlank()) {
            throw new RoadmapRuleViolation("An edition must say who published it.");
        }
        this.label = label.strip();
        this.note = note == null ? "" : note.strip();
        this.publishedBy = publishedBy.strip();
        this.markdown = Objects.requireNonNull(markdown, "An edition holds the roadmap's Markdown.");
        this.publishedAt = Objects.requireNonNull(at, "An edition needs its publication time.");
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new RoadmapRuleViolation("Edition " + number + " is published and cannot be changed or deleted; "
                + "publish a new edition instead.");
    }

    public Long roadmapId() {
        return roadmapId;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public String note() {
        return note;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String markdown() {
        return markdown;
    }
}
