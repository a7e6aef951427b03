package dev.roadmap.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.importer.application.EditionPublished;
import dev.roadmap.importer.application.PublishedRoadmapService;
import dev.roadmap.importer.application.RoadmapRemoved;
import dev.roadmap.web.site.SiteCaches;
import dev.roadmap.web.site.SiteCaches.Share;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each published edition's JSON, as bytes, made once: an edition never changes, so neither does its JSON.
 * Building it for 5,000 items took 0.3 s a call. Which edition is newest is learnt once per roadmap from the
 * database and then from {@link EditionPublished} events, so serving the newest asks the database nothing,
 * and a publication shows at once (the key names the edition). The JSON kept weighs at most its share of
 * {@link SiteCaches}' bound; one pushed out is built again when next asked for.
 */
@ApplicationScoped
public class RoadmapJsonCache {

    // One number per published roadmap: as many as the database holds, so it needs no bound.
    private final Map<String, Integer> newestEdition = new ConcurrentHashMap<>();
    private Cache<String, EditionJson> json;

    @Inject
    private PublishedRoadmapService published;

    @Inject
    private SiteCaches caches;

    @PostConstruct
    void createCache() {
        json = caches.cache(Share.API, (key, value) -> SiteCaches.bytesOf(key) + value.body().length
                + SiteCaches.bytesOf(value.etag()));
    }

    /** The newest edition's JSON, or empty for an unknown or never published roadmap. */
    Optional<EditionJson> newest(String slug) {
        Integer known = newestEdition.get(slug);
        if (known != null) {
            return edition(slug, known);
        }
        Optional<Edition> latest = published.latestEdition(slug);
        latest.ifPresent(e -> newestEdition.merge(slug, e.number(), Math::max));
        return latest.map(e -> json.get(slug + "@" + e.number(), key -> EditionJson.of(slug, e, build(slug, e))));
    }

    /** One edition's JSON, or empty for no such roadmap or edition. */
    Optional<EditionJson> edition(String slug, int number) {
        String key = slug + "@" + number;
        EditionJson cached = json.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return published.edition(slug, number).map(e -> json.get(key, k -> EditionJson.of(slug, e, build(slug, e))));
    }

    private byte[] build(String slug, Edition edition) {
        JsonObject object = PublishedRoadmapJson.of(published.readModel(slug, edition))
                .add("edition", Json.createObjectBuilder().add("number", edition.number()).add("label", edition.label())
                        .add("publishedAt", edition.publishedAt().toString()))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toByteArray();
    }

    void editionPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) EditionPublished event) {
        newestEdition.merge(event.slug().value(), event.number(), Math::max);
    }

    void roadmapRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoadmapRemoved event) {
        String slug = event.slug().value();
        newestEdition.remove(slug);
        json.asMap().keySet().removeIf(key -> key.startsWith(slug + "@"));
    }
}
