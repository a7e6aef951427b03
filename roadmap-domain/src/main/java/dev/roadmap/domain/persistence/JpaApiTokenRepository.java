package dev.roadmap.domain.persistence;

import dev.roadmap.domain.model.token.ApiToken;
import dev.roadmap.domain.model.token.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "roadmap")
    private EntityManager entityManager;

    @Override
    public void add(ApiToken token) {
        entityManager.persist(token);
        entityManager.flush();
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return entityManager.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(entityManager.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> findAllOf(String username) {
        return entityManager.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("username", username)
                .getResultList();
    }
}
