package dev.roadmap.domain.persistence;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
@Transactional
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "roadmap")
    private EntityManager entityManager;

    @Override
    public void add(AuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<AuditEntry> find(Filter filter, int limit) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = builder.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> wanted = new ArrayList<>();
        filter.actor().ifPresent(actor -> wanted.add(builder.equal(entry.get("actor"), actor)));
        filter.roadmapSlug().ifPresent(slug -> wanted.add(builder.equal(entry.get("roadmapSlug"), slug)));
        filter.action().ifPresent(action -> wanted.add(builder.equal(entry.get("action"), action)));
        query.select(entry).where(wanted.toArray(Predicate[]::new))
                .orderBy(builder.desc(entry.get("at")), builder.desc(entry.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }
}
