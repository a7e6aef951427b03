package dev.roadmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.edition.EditionRepository;
import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.DuplicateSlugException;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRepository;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.application.DocumentNotReadable;
import dev.roadmap.importer.application.ImportOutcome;
import dev.roadmap.importer.application.ImportService;
import dev.roadmap.importer.application.PublishService;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the built WAR on a real Payara Micro: the import into the database, publishing, and storing roadmaps
 * and editions, on H2 or on the PostgreSQL that ROADMAP_DB_URL names. The one in-container test class, so one
 * boot: every HTTP and browser test shares the portal {@link SharedPortal} starts instead.
 */
@ExtendWith(ArquillianExtension.class)
class ImportAndStorageIT {

    @Deployment
    static WebArchive portal() {
        return BuiltWar.withTestClasses(ImportAndStorageIT.class, SampleRoadmaps.class, PortalClient.class,
                FailingImportObserver.class, TestTransactions.class);
    }

    @Inject
    private ImportService imports;

    @ArquillianResource
    private URL base;

    @Inject
    private RoadmapRepository roadmaps;

    @Inject
    private PublishService publishing;

    @Inject
    private EditionRepository editions;

    @Inject
    private TestTransactions transactions;

    private static byte[] seed() {
        return SampleRoadmaps.backstageMarkdown();
    }

    private static byte[] seedWith(String from, String to) {
        return new String(seed(), StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedIsStoredWithItsHorizonsAndItems() {
        Slug slug = SampleRoadmaps.freshSlug("backstage");

        ImportOutcome outcome = imports.importRoadmap(slug.value(), seed(), "test", "in a test");

        assertTrue(outcome.created());
        Roadmap stored = roadmaps.findBySlug(slug).orElseThrow();
        assertEquals(6, stored.itemsIn("whats-next").size());
        assertEquals(5, stored.itemsIn("future-work").size());
        assertEquals("2022-Q2", stored.period().orElseThrow().quarterLabel().orElseThrow());
        assertTrue(stored.findItem(Anchor.of("backstage-search-10")).isPresent());
    }

    @Test
    void onAnEmptyDatabaseTheDemoRoadmapIsImportedAndPublishedAsEditionOne() {
        Roadmap demo = roadmaps.findBySlug(Slug.of("backstage")).orElseThrow();
        assertEquals(11, demo.items().size());
        Edition first = editions.find(demo, 1).orElseThrow();
        assertEquals("2022-Q2", first.label());
        assertTrue(first.markdown().contains("### Backstage Search 1.0"));
    }

    @Test
    void publishingStoresTheCanonicalMarkdownAsTheNextEdition() {
        Slug slug = SampleRoadmaps.freshSlug("publish");
        imports.importRoadmap(slug.value(), seed(), "test", "in a test");

        Edition first = publishing.publish(slug, "Q2 2022", "First", "admin");
        Edition second = publishing.publish(slug, "Q2 2022, again", "", "admin");

        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertTrue(first.markdown().startsWith("---\nid: roadmap\ntitle: Roadmap\n"), first.markdown());
        assertEquals(2, roadmaps.findBySlug(slug).orElseThrow().lastEditionNumber());
    }

    /** Edition 1 is the seed; edition 2 renames one item and rewrites another's text. */
    private Slug publishedTwice(String prefix) {
        Slug slug = SampleRoadmaps.freshSlug(prefix);
        imports.importRoadmap(slug.value(), seed(), "test", "in a test");
        publishing.publish(slug, "Q2 2022", "", "admin");
        imports.importRoadmap(slug.value(), new String(seedWith("### SIGs for contributors", "### SIGs for everyone"),
                StandardCharsets.UTF_8).replace("Fix the few remaining issues", "Fix the last issues")
                .getBytes(StandardCharsets.UTF_8), "test", "in a test");
        publishing.publish(slug, "Q2 2022, revised", "", "admin");
        return slug;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new PortalClient(base.toURI()).get(path);
    }

    @Test
    void theDiffPageShowsWhatChangedBetweenTwoPublishedEditions() throws Exception {
        Slug slug = publishedTwice("diff");

        HttpResponse<String> diff = get("roadmaps/" + slug + "/diff?from=1&to=2");

        assertEquals(200, diff.statusCode());
        String page = diff.body();
        assertTrue(page.contains("Added") && page.contains("SIGs for everyone"), page);
        assertTrue(page.contains("Removed") && page.contains("SIGs for contributors"), page);
        assertTrue(page.contains("-Fix the few remaining issues") && page.contains("+Fix the last issues"), page);
    }

    @Test
    void anItemPageShowsWhatEachEditionDidToTheItem() throws Exception {
        Slug slug = publishedTwice("history");

        HttpResponse<String> item = get("roadmaps/" + slug + "/items/search-1.0");

        assertEquals(200, item.statusCode());
        String page = item.body();
        assertTrue(page.contains("Edition 1: Q2 2022") && page.contains("Published in What"), page);
        assertTrue(page.contains("Edition 2: Q2 2022, revised") && page.contains("Text changed."), page);
        assertTrue(page.contains("+Fix the last issues"), page);
        assertTrue(page.indexOf("Edition 1: Q2 2022") < page.indexOf("Edition 2: Q2 2022, revised"), "oldest first");
    }

    @Test
    void anItemALaterEditionRemovedKeepsItsPageAndSaysSo() throws Exception {
        Slug slug = publishedTwice("removed");

        HttpResponse<String> item = get("roadmaps/" + slug + "/items/sigs-for-contributors");

        assertEquals(200, item.statusCode());
        String page = item.body();
        assertTrue(page.contains("A later edition removed this item."), page);
        assertTrue(page.contains("Removed from What"), page);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        Slug slug = SampleRoadmaps.freshSlug("again");
        imports.importRoadmap(slug.value(), seed(), "test", "in a test");
        long version = roadmaps.findBySlug(slug).orElseThrow().version();

        ImportOutcome again = imports.importRoadmap(slug.value(), seed(), "test", "in a test");

        assertFalse(again.changed());
        assertEquals(version, roadmaps.findBySlug(slug).orElseThrow().version());
    }

    @Test
    void aChangedFileUpdatesTheSameRoadmap() {
        Slug slug = SampleRoadmaps.freshSlug("changed");
        imports.importRoadmap(slug.value(), seed(), "test", "in a test");
        Long id = roadmaps.findBySlug(slug).orElseThrow().id();

        ImportOutcome outcome = imports.importRoadmap(slug.value(),
                seedWith("### SIGs for contributors", "### SIGs for everyone"), "test", "in a test");

        assertTrue(outcome.changed());
        Roadmap stored = roadmaps.findBySlug(slug).orElseThrow();
        assertEquals(id, stored.id());
        assertTrue(stored.findItem(Anchor.of("sigs-for-everyone")).isPresent());
        assertFalse(stored.findItem(Anchor.of("sigs-for-contributors")).isPresent());
    }

    @Test
    void anImportThatFailsHalfWayLeavesTheRoadmapAsItWas() {
        Slug slug = SampleRoadmaps.freshSlug("halfway");
        imports.importRoadmap(slug.value(), seed(), "test", "in a test");
        Roadmap before = roadmaps.findBySlug(slug).orElseThrow();
        String pictureBefore = SampleRoadmaps.picture(before);

        FailingImportObserver.failTheNextImport();
        assertThrows(IllegalStateException.class,
                () -> imports.importRoadmap(slug.value(), seedWith("Ease of onboarding", "Onboarding, rewritten"),
                        "test", "in a test"));

        Roadmap after = roadmaps.findBySlug(slug).orElseThrow();
        assertEquals(pictureBefore, SampleRoadmaps.picture(after));
        assertEquals(before.version(), after.version());
    }

    @Test
    void aFirstImportThatFailsHalfWayStoresNoRoadmap() {
        Slug slug = SampleRoadmaps.freshSlug("never");

        FailingImportObserver.failTheNextImport();
        assertThrows(IllegalStateException.class, () -> imports.importRoadmap(slug.value(), seed(), "test", "in a test"));

        assertTrue(roadmaps.findBySlug(slug).isEmpty());
    }

    @Test
    void badInputIsRefusedWithAClearErrorAndStoresNothing() {
        assertRefused(new byte[] {(byte) 0xC3, (byte) 0x28, 'x'}, "not UTF-8");
        assertRefused("# Title\n\0binary".getBytes(StandardCharsets.UTF_8), "binary");
        assertRefused(new byte[0], "empty");
        assertRefused(new byte[1024 * 1024 + 1], "more than the limit");
        assertRefused("---\ntitle: x\nnot yaml\n---\n# x\n".getBytes(StandardCharsets.UTF_8), "line 3: the front matter does not parse");
        assertRefused("No heading, no front matter.\n".getBytes(StandardCharsets.UTF_8), "has no title");
    }

    private void assertRefused(byte[] document, String expectedReason) {
        Slug slug = SampleRoadmaps.freshSlug("refused");
        DocumentNotReadable refused = assertThrows(DocumentNotReadable.class,
                () -> imports.importRoadmap(slug.value(), document, "test", "in a test"));
        assertTrue(refused.getMessage().contains(expectedReason), refused.getMessage());
        assertTrue(roadmaps.findBySlug(slug).isEmpty(), "nothing stored for " + expectedReason);
    }

    // --- storing roadmaps and editions ----------------------------------------------------------------

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
}
