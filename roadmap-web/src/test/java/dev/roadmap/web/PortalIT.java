package dev.roadmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roadmap.domain.model.Anchor;
import dev.roadmap.domain.model.DuplicateSlugException;
import dev.roadmap.domain.model.Edition;
import dev.roadmap.domain.model.EditionRepository;
import dev.roadmap.domain.model.Roadmap;
import dev.roadmap.domain.model.RoadmapRepository;
import dev.roadmap.domain.model.Slug;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on a real Payara Micro, on H2 or on the PostgreSQL that ROADMAP_DB_URL names. One
 * deployment for all of these, since each boot costs seconds. Tests without {@code @RunAsClient} run
 * inside the server, with the portal's own beans.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    @Deployment
    static WebArchive portal() {
        return BuiltWar.withTestClasses(PortalIT.class, SampleRoadmaps.class, TestTransactions.class);
    }

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private EditionRepository editions;

    @Inject
    private TestTransactions transactions;

    // --- persistence, inside the server ----------------------------------------------------------------

    @Test
    void aCompleteRoadmapIsReadBackExactlyAsItWasSaved() {
        Roadmap roadmap = SampleRoadmaps.complete(SampleRoadmaps.freshSlug("complete"));
        String saved = SampleRoadmaps.picture(roadmap);
        roadmaps.add(roadmap);

        Roadmap read = roadmaps.findBySlug(roadmap.slug()).orElseThrow();

        assertEquals(saved, SampleRoadmaps.picture(read));
        assertTrue(read.findItem(Anchor.of("search-1.0")).isPresent(), "the alias still resolves");
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictAndTheFirstIsKept() {
        Slug slug = SampleRoadmaps.freshSlug("conflict");
        roadmaps.add(SampleRoadmaps.complete(slug));
        Roadmap first = roadmaps.findBySlug(slug).orElseThrow();
        Roadmap second = roadmaps.findBySlug(slug).orElseThrow();

        first.rename("Renamed by the first editor");
        roadmaps.save(first);
        second.describeItem(Anchor.of("ease-of-onboarding"), "Changed by the second editor", "");

        assertThrows(OptimisticLockException.class, () -> roadmaps.save(second));
        Roadmap stored = roadmaps.findBySlug(slug).orElseThrow();
        assertEquals("Renamed by the first editor", stored.title());
        assertEquals("", stored.findItem(Anchor.of("ease-of-onboarding")).orElseThrow().summary());
    }

    @Test
    void aChangeToAnItemAloneStillMovesTheRoadmapsVersion() {
        Slug slug = SampleRoadmaps.freshSlug("version");
        roadmaps.add(SampleRoadmaps.complete(slug));
        Roadmap roadmap = roadmaps.findBySlug(slug).orElseThrow();
        long before = roadmap.version();

        roadmap.moveItem(Anchor.of("graphql-support"), "whats-next", 0);
        Roadmap saved = roadmaps.save(roadmap);

        assertNotEquals(before, saved.version());
        assertEquals("graphql-support", roadmaps.findBySlug(slug).orElseThrow().itemsIn("whats-next").get(0).anchor().value());
    }

    @Test
    void aSecondRoadmapWithTheSameSlugIsRefusedWithAClearError() {
        Slug slug = SampleRoadmaps.freshSlug("taken");
        roadmaps.add(new Roadmap(slug, "First"));

        DuplicateSlugException refused = assertThrows(DuplicateSlugException.class,
                () -> roadmaps.add(new Roadmap(slug, "Second")));

        assertTrue(refused.getMessage().contains("'" + slug + "' already exists"), refused.getMessage());
        assertEquals("First", roadmaps.findBySlug(slug).orElseThrow().title());
    }

    @Test
    void aStoredEditionCannotBeChangedOrDeleted() throws ReflectiveOperationException {
        Slug slug = SampleRoadmaps.freshSlug("edition");
        roadmaps.add(SampleRoadmaps.complete(slug));
        Roadmap roadmap = roadmaps.findBySlug(slug).orElseThrow();
        Edition edition = roadmap.publish("Q2 2022", "First edition", "admin", "# The Backstage Roadmap\n", Instant.now());
        editions.add(edition);
        roadmaps.save(roadmap);
        Field label = Edition.class.getDeclaredField("label");
        label.setAccessible(true);

        Edition tampered = editions.find(roadmap, 1).orElseThrow();
        setField(label, tampered, "Tampered");

        assertThrows(RuntimeException.class, () -> transactions.inNewTransaction(em -> em.merge(tampered)));
        assertThrows(RuntimeException.class, () -> transactions.inNewTransaction(em -> {
            em.remove(em.find(Edition.class, edition.id()));
            return null;
        }));

        Edition stored = editions.find(roadmap, 1).orElseThrow();
        assertEquals("Q2 2022", stored.label());
        assertEquals("# The Backstage Roadmap\n", stored.markdown());
        assertEquals(1, roadmaps.findBySlug(slug).orElseThrow().lastEditionNumber());
    }

    private static void setField(Field field, Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- HTTP, from outside ------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theHomePageIsServedThroughTheSiteTemplateWithoutASession(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> home = get(base.toURI());

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<title>Roadmaps · Roadmap Portal</title>"), home.body());
        assertTrue(home.body().contains("Skip to content"), "the template's skip link");
        assertTrue(home.body().contains("site.css"), "the site's own stylesheet");
        assertFalse(home.headers().firstValue("Set-Cookie").isPresent(), "a public page creates no session");
    }

    @Test
    @RunAsClient
    void healthIsUpWhileTheDatabaseAnswers(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> health = get(base.toURI().resolve("/health"));

        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"name\":\"database\",\"status\":\"UP\""), health.body());
    }

    @Test
    @RunAsClient
    void anUnknownPageGetsTheSitesNotFoundPage(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> missing = get(base.toURI().resolve("no-such-page.xhtml"));

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
    }

    @Test
    @RunAsClient
    void theDemoRoadmapIsShownWithEveryAnchorItsLinksUse(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> page = get(base.toURI().resolve("roadmaps/backstage"));

        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<title>Roadmap · Roadmap Portal</title>"), body);
        assertTrue(body.contains("id=\"search-1.0\"") && body.contains("id=\"backstage-search-10\""), "item anchor and alias");
        assertTrue(body.contains("id=\"ease-of-onboarding\""), "heading anchors");
        assertTrue(body.contains("href=\"#search-1.0\""), "the generated overview table links the items");
        assertTrue(body.contains("How to influence the roadmap"), "closing section");
        assertTrue(body.contains("Edition 1"), "the published edition");
        assertFalse(page.headers().firstValue("Set-Cookie").isPresent(), "a public page creates no session");
    }

    @Test
    @RunAsClient
    void anUnknownRoadmapGetsTheSitesNotFoundPage(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> missing = get(base.toURI().resolve("roadmaps/no-such-roadmap"));

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
