package dev.roadmap.domain.persistence;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Roadmap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaEditionRepository implements EditionRepository {

    @PersistenceContext(unitName = "roadmap")
    private EntityManager entityManager;

    @Override
    public void add(Edition edition) {
        entityManager.persist(edition);
        entityManager.flush();
    }

    @Override
    public List<Edition> findAllOf(Roadmap roadmap) {
        return entityManager.createNamedQuery(Edition.OF_ROADMAP, Edition.class)
                .setParameter("roadmapId", roadmap.id())
                .getResultList();
    }

    @Override
    public Map<String, Integer> newestNumbers() {
        Map<String, Integer> newest = new HashMap<>();
        entityManager.createNamedQuery(Roadmap.NEWEST_EDITIONS, Object[].class).getResultList()
                .forEach(row -> newest.put((String) row[0], ((Number) row[1]).intValue()));
        return newest;
    }

    @Override
    public Optional<Edition> find(Roadmap roadmap, int number) {
        return entityManager.createNamedQuery(Edition.BY_NUMBER, Edition.class)
                .setParameter("roadmapId", roadmap.id())
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }
}
