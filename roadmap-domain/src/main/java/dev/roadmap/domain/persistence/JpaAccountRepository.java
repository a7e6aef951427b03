package dev.roadmap.domain.persistence;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.account.AccountRepository;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "roadmap")
    private EntityManager entityManager;

    @Override
    public void add(Account account) {
        if (findByUsername(account.username()).isPresent()) {
            throw new RoadmapRuleViolation("The user name '" + account.username() + "' is taken.");
        }
        entityManager.persist(account);
        entityManager.flush();
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return entityManager.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Account> findAll() {
        return entityManager.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    @Override
    public boolean isEmpty() {
        return entityManager.createNamedQuery(Account.COUNT, Long.class).getSingleResult() == 0;
    }
}
