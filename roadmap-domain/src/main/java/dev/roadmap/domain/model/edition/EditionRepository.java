package dev.roadmap.domain.model.edition;

import dev.roadmap.domain.model.roadmap.Roadmap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where published editions are kept. Editions are only ever added. */
public interface EditionRepository {

    void add(Edition edition);

    /** A roadmap's editions, newest first. */
    List<Edition> findAllOf(Roadmap roadmap);

    Optional<Edition> find(Roadmap roadmap, int number);

    /**
     * The newest edition's number of every published roadmap, by slug: one small query, for a node of a cluster
     * to compare with what it serves.
     */
    Map<String, Integer> newestNumbers();

    /** The roadmap's newest edition; empty while it was never published. */
    default Optional<Edition> latest(Roadmap roadmap) {
        return roadmap.lastEditionNumber() == 0 ? Optional.empty() : find(roadmap, roadmap.lastEditionNumber());
    }
}
