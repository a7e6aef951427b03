package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.Slug;
import java.util.List;
import java.util.Optional;

/** Where roadmaps are kept. Absence is an empty {@link Optional}, never {@code null}. */
public interface RoadmapRepository {

    Optional<Roadmap> findBySlug(Slug slug);

    /** Every roadmap, by title. */
    List<Roadmap> findAll();

    /**
     * Stores a new roadmap.
     *
     * @throws DuplicateSlugException when another roadmap has its slug
     */
    void add(Roadmap roadmap);

    /**
     * Stores the changes made to a roadmap read earlier, and returns the stored state.
     *
     * @throws jakarta.persistence.OptimisticLockException when someone else stored a change in between
     */
    Roadmap save(Roadmap roadmap);

    /**
     * Removes a roadmap for good: its horizons, items and sections, and its published editions with it
     * (the only way an edition ever goes).
     */
    void remove(Roadmap roadmap);
}
