package dev.roadmap.domain.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * The "roadmap" persistence unit on plain Java SE: migrated by Flyway, with local transactions instead of
 * the server's JTA. An in-memory H2 of its own, or the database ROADMAP_DB_URL names (such as PostgreSQL).
 */
final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    private TestDatabase(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).load().migrate();
        factory = Persistence.createEntityManagerFactory("roadmap", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "eclipselink.weaving", "false"));
    }

    /** The database the environment names, else a fresh in-memory H2. */
    static TestDatabase open() {
        String url = System.getenv("ROADMAP_DB_URL");
        if (url == null || url.isBlank()) {
            return at(freshH2());
        }
        return new TestDatabase(url, env("ROADMAP_DB_USER"), env("ROADMAP_DB_PASSWORD"));
    }

    /** An in-memory H2 that lives until the test JVM ends. */
    static String freshH2() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** The H2 at a URL, brought to the newest migration. */
    static TestDatabase at(String h2Url) {
        return new TestDatabase(h2Url, "sa", "");
    }

    private static String env(String key) {
        String value = System.getenv(key);
        return value == null ? "" : value;
    }

    /** Runs one unit of work in its own entity manager and transaction, as a request would. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /** The roadmap repository the server would inject, on the given entity manager. */
    static JpaRoadmapRepository roadmaps(EntityManager entityManager) {
        JpaRoadmapRepository repository = new JpaRoadmapRepository();
        try {
            var field = JpaRoadmapRepository.class.getDeclaredField("entityManager");
            field.setAccessible(true);
            field.set(repository, entityManager);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return repository;
    }

    @Override
    public void close() {
        factory.close();
    }
}
