package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.PersistentEntity;
import dev.roadmap.domain.model.shared.Slug;
import java.lang.reflect.Field;

/** Roadmaps as the database hands them back, with an id, for tests that need no database. */
public final class StoredRoadmaps {

    private StoredRoadmaps() {
    }

    public static Roadmap withId(long id) {
        Roadmap roadmap = new Roadmap(Slug.of("stored"), "Stored");
        try {
            Field field = PersistentEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(roadmap, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return roadmap;
    }
}
