package dev.roadmap.domain.model;

import java.util.List;
import java.util.Optional;

/** Where published editions are kept. Editions are only ever added. */
public interface EditionRepository {

    void add(Edition edition);

    /** A roadmap's editions, newest first. */
    List<Edition> findAllOf(Roadmap roadmap);

    Optional<Edition> find(Roadmap roadmap, int number);
}
