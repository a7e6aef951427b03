package dev.roadmap.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** Test-only: runs a piece of work in its own transaction with the portal's persistence context. */
@ApplicationScoped
public class TestTransactions {

    @PersistenceContext(unitName = "roadmap")
    private EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        T result = work.apply(entityManager);
        entityManager.flush();
        return result;
    }
}
