package dev.roadmap.domain.model.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * The surrogate key every table shares. One sequence, allocated fifty at a time, behaves the same on H2
 * and PostgreSQL (identity columns do not: EclipseLink's H2 identity support needs a legacy mode).
 */
@MappedSuperclass
public abstract class PersistentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_seq")
    @SequenceGenerator(name = "roadmap_seq", sequenceName = "roadmap_seq", allocationSize = 50)
    private Long id;

    /** The database identity; empty until the entity is first stored. */
    public Long id() {
        return id;
    }
}
