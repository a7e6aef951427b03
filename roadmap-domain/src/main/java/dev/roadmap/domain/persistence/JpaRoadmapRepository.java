package dev.roadmap.domain.persistence;

import dev.roadmap.domain.model.roadmap.DuplicateSlugException;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaRoadmapRepository implements RoadmapRepository {

    private static final String SLUG_CONSTRAINT = "uq_roadmap_slug";

    @PersistenceContext(unitName = "roadmap")
    private EntityManager entityManager;

    @Override
    public Optional<Roadmap> findBySlug(Slug slug) {
        return entityManager.createNamedQuery(Roadmap.BY_SLUG, Roadmap.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Roadmap> findAll() {
        return entityManager.createNamedQuery(Roadmap.ALL_BY_TITLE, Roadmap.class).getResultList();
    }

    @Override
    public void add(Roadmap roadmap) {
        if (findBySlug(roadmap.slug()).isPresent()) {
            throw new DuplicateSlugException(roadmap.slug());
        }
        entityManager.persist(roadmap);
        try {
            // Flush now so a slug taken by a concurrent transaction surfaces here, as the same clear error.
            entityManager.flush();
        } catch (PersistenceException e) {
            if (violates(e, SLUG_CONSTRAINT)) {
                throw new DuplicateSlugException(roadmap.slug());
            }
            throw e;
        }
    }

    @Override
    public Roadmap save(Roadmap roadmap) {
        Roadmap stored = entityManager.merge(roadmap);
        entityManager.flush();
        return stored;
    }

    @Override
    public void remove(Roadmap roadmap) {
        // A bulk delete passes Edition's refusal to be removed: editions go only with their roadmap.
        entityManager.createNamedQuery(Edition.REMOVE_OF_ROADMAP).setParameter("roadmapId", roadmap.id()).executeUpdate();
        entityManager.remove(entityManager.contains(roadmap) ? roadmap : entityManager.merge(roadmap));
        entityManager.flush();
    }

    /** H2 and PostgreSQL both name the violated constraint in their message. */
    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
