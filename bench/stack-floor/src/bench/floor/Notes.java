package bench.floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Stores a note when the application starts (as the portal imports its demo roadmap) and lists them for the page. */
@DataSourceDefinition(name = "java:app/jdbc/floor", className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:file:./floor-db/floor")
@Named
@ApplicationScoped
public class Notes {

    @PersistenceContext(unitName = "floor")
    private EntityManager entities;

    @Transactional
    void storeOneAtStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        entities.persist(new Note("started"));
    }

    public List<Note> getAll() {
        return entities.createQuery("select n from Note n", Note.class).getResultList();
    }
}
