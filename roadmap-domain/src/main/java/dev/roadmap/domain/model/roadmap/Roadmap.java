package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.shared.PersistentEntity;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A product roadmap: the aggregate root. Horizons, items and sections change only through it. It keeps
 * what is roadmap-wide: item anchors (and aliases) unique ({@link ItemIndex}), horizon keys unique and the
 * order of horizons and sections ({@link Outline}), and moves of items between horizons. Each
 * {@link Horizon} keeps the order of its own items; the values ({@link DocumentHead}, {@link Title},
 * {@link Tags}, {@link Area}) keep their own rules. Every change touches the root, which makes its
 * {@code @Version} the optimistic lock for the whole aggregate.
 *
 * <p>Over 300 lines because it is the one door to the aggregate: each change a caller may ask for (some
 * fifty, in the domain's words) is a method here, most of them a line handing the work to the part.
 */
@Entity
@Table(name = "roadmap")
@NamedQuery(name = Roadmap.BY_SLUG, query = "select r from Roadmap r where r.slug.value = :slug")
@NamedQuery(name = Roadmap.ALL_BY_TITLE, query = "select r from Roadmap r order by r.head.title, r.slug.value")
@NamedQuery(name = Roadmap.NEWEST_EDITIONS,
        query = "select r.slug.value, r.lastEditionNumber from Roadmap r where r.lastEditionNumber > 0")
public class Roadmap extends PersistentEntity {

    public static final String BY_SLUG = "Roadmap.bySlug";
    public static final String ALL_BY_TITLE = "Roadmap.allByTitle";
    /** Each published roadmap's slug and newest edition number, without loading the roadmaps. */
    public static final String NEWEST_EDITIONS = "Roadmap.newestEditions";
    /** Kept for callers; the rule is {@link Title}'s. */
    public static final int MAX_TITLE_LENGTH = Title.MAX_LENGTH;

    @Embedded
    private Slug slug;

    @Embedded
    private DocumentHead head;

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Horizon> horizons = new ArrayList<>();

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    @Column(name = "last_edition_number", nullable = false)
    private int lastEditionNumber;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private ItemIndex index;

    protected Roadmap() {
        // for JPA
    }

    public Roadmap(Slug slug, String title) {
        this.slug = Objects.requireNonNull(slug, "A roadmap needs a slug.");
        this.head = DocumentHead.titled(Title.of(title, "A roadmap"));
        this.updatedAt = Instant.now();
    }

    @PrePersist
    void stampCreation() {
        createdAt = updatedAt == null ? Instant.now() : updatedAt;
    }

    public void rename(String title) {
        changeHead(head.retitled(Title.of(title, "A roadmap")));
    }

    public void describe(String description) {
        changeHead(head.describedAs(Description.of(description)));
    }

    public void changeIntro(String markdown) {
        changeHead(head.introducedBy(markdown));
    }

    public void keepFrontMatterExtras(String extras, FrontMatterSyntax syntax) {
        changeHead(head.withFrontMatterExtras(extras, syntax));
    }

    public void planFor(PlanningPeriod period) {
        changeHead(head.plannedFor(period));
    }

    private void changeHead(DocumentHead changed) {
        head = changed;
        touch();
    }

    /** Adds a horizon after the last one. */
    public Horizon addHorizon(String key, String title, HorizonKind kind) {
        Horizon horizon = outline().addHorizon(key, Title.of(title, "A horizon"), kind);
        touch();
        return horizon;
    }

    public void renameHorizon(String key, String title) {
        changing(outline().horizon(key), horizon -> horizon.rename(Title.of(title, "A horizon")));
    }

    public void describeHorizon(String key, String intro) {
        changing(outline().horizon(key), horizon -> horizon.describe(intro));
    }

    public void layOutHorizonItems(String key, ItemLayout layout) {
        changing(outline().horizon(key), horizon -> horizon.layOutItems(layout));
    }

    /** Keeps the level of the document's heading for the horizon, so the export nests its parts as the document did. */
    public void headHorizonAt(String key, int level) {
        changing(outline().horizon(key), horizon -> horizon.headAt(level));
    }

    /** Moves a horizon to a position (from 0); the others keep their order around it. */
    public void moveHorizon(String key, int position) {
        changing(outline(), outline -> outline.moveHorizon(key, position));
    }

    /** Removes an empty horizon; the sections after it stay after the same horizons as before. */
    public void removeHorizon(String key) {
        changing(outline(), outline -> outline.removeHorizon(key));
    }

    public List<Horizon> horizons() {
        return outline().horizons();
    }

    public Optional<Horizon> findHorizon(String key) {
        return outline().findHorizon(key);
    }

    /** Adds an item at the end of a horizon, planned and empty. */
    public RoadmapItem addItem(String horizonKey, Anchor anchor, String title) {
        Horizon horizon = outline().horizon(horizonKey);
        RoadmapItem item = index().claim(Objects.requireNonNull(anchor, "An item needs an anchor."),
                () -> new RoadmapItem(this, anchor, Title.of(title, "An item")));
        changing(horizon, h -> h.append(item));
        return item;
    }

    public void renameItem(Anchor anchor, String title) {
        changing(index().require(anchor), item -> item.rename(Title.of(title, "An item")));
    }

    public void describeItem(Anchor anchor, String summary, String body) {
        changing(index().require(anchor), item -> item.describe(summary, body));
    }

    public void changeItemStatus(Anchor anchor, ItemStatus status) {
        changing(index().require(anchor), item -> item.changeStatus(status));
    }

    /** Sets or clears (with {@code null}) the period an item is planned for. */
    public void targetItem(Anchor anchor, PlanningPeriod period) {
        changing(index().require(anchor), item -> item.target(period));
    }

    /** Replaces an item's tags; blank and repeated tags are dropped, order kept (see {@link Tags}). */
    public void tagItem(Anchor anchor, List<String> tags) {
        changing(index().require(anchor), item -> item.retag(Tags.of(tags)));
    }

    /** Puts an item in an area of the product, or takes it out of any (with {@code null} or a blank name). */
    public void placeItemInArea(Anchor anchor, String area) {
        changing(index().require(anchor), item -> item.placeInArea(Area.named(area)));
    }

    /** Lets an item also answer to another anchor, such as one a document already links to. */
    public void addItemAlias(Anchor anchor, Anchor alias) {
        RoadmapItem item = index().require(anchor);
        index().claim(Objects.requireNonNull(alias, "An alias is required."), item);
        changing(item, i -> i.addAlias(alias));
    }

    /** Moves an item to a position (from 0) in a horizon, the same or another; see {@link Horizon#take}. */
    public void moveItem(Anchor anchor, String toHorizonKey, int position) {
        RoadmapItem item = index().require(anchor);
        changing(outline().horizon(toHorizonKey), to -> to.take(item, position));
    }

    /** Puts a horizon's items in the given order, which must name each of them exactly once. */
    public void reorderItems(String horizonKey, List<Anchor> order) {
        changing(outline().horizon(horizonKey), horizon -> horizon.reorder(order.stream().map(index()::require).toList()));
    }

    public void removeItem(Anchor anchor) {
        RoadmapItem item = index().require(anchor);
        item.horizon().release(item);
        changing(index(), index -> index.release(item));
    }

    /** The items of a horizon, in order; none for a key the roadmap has no horizon for. */
    public List<RoadmapItem> itemsIn(String horizonKey) {
        return findHorizon(horizonKey).map(Horizon::items).orElse(List.of());
    }

    /** Every item, horizon by horizon, in document order. */
    public List<RoadmapItem> items() {
        return horizons().stream().flatMap(h -> h.items().stream()).toList();
    }

    /** The item that answers to an anchor, its own or an alias. */
    public Optional<RoadmapItem> findItem(Anchor anchor) {
        return index().find(anchor);
    }

    /** Adds a section at the end of the document, after every horizon there is now. */
    public Section addSection(String title, String body) {
        return addSection(title, body, horizons.size());
    }

    /** Adds a section after the given number of horizons (0: ahead of them all); see {@link Outline#addSection}. */
    public Section addSection(String title, String body, int horizonsBefore) {
        Section section = outline().addSection(title, body, horizonsBefore);
        touch();
        return section;
    }

    public void editSection(int position, String title, String body) {
        changing(outline().section(position), section -> section.edit(Title.optional(title, "A section"), body));
    }

    /** Keeps the level of the document's heading for the section, as {@link #headHorizonAt} does for a horizon. */
    public void headSectionAt(int position, int level) {
        changing(outline().section(position), section -> section.headAt(level));
    }

    public void removeSection(int position) {
        changing(outline(), outline -> outline.removeSection(position));
    }

    public List<Section> sections() {
        return outline().sections();
    }

    /**
     * Takes over everything another roadmap says, staying the same roadmap (slug, identity, version, editions):
     * how a fresh import of the roadmap's document becomes its working copy.
     */
    public void replaceContentWith(Roadmap source) {
        Objects.requireNonNull(source, "The roadmap to take the content from is required.");
        head = source.head;
        index = null;
        changing(outline(), outline -> outline.replaceWith(source.outline()));
    }

    /** Whether another roadmap says exactly what this one says (identity, slug and editions aside). */
    public boolean hasSameContentAs(Roadmap other) {
        return head.equals(other.head) && outline().sameAs(other.outline());
    }

    /** Publishes the roadmap as it stands: the next numbered edition, with the Markdown the caller rendered of it. */
    public Edition publish(String label, String note, String publishedBy, String canonicalMarkdown, Instant at) {
        if (id() == null) {
            throw new RoadmapRuleViolation("Store the roadmap '" + slug + "' before publishing it.");
        }
        Edition edition = new Edition(id(), lastEditionNumber + 1, label, note, publishedBy, canonicalMarkdown, at);
        lastEditionNumber = edition.number();
        touch();
        return edition;
    }

    public Slug slug() {
        return slug;
    }

    public String title() {
        return head.title();
    }

    public String description() {
        return head.description();
    }

    /** Front matter keys the model has no field for, as the author wrote them (YAML). */
    public String frontMatterExtras() {
        return head.frontMatterExtras();
    }

    public FrontMatterSyntax frontMatterSyntax() {
        return head.frontMatterSyntax();
    }

    public String intro() {
        return head.intro();
    }

    public Optional<PlanningPeriod> period() {
        return head.period();
    }

    /** The number of the newest edition, 0 while none has been published. */
    public int lastEditionNumber() {
        return lastEditionNumber;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private ItemIndex index() {
        if (index == null) {
            index = ItemIndex.of(slug, items());
        }
        return index;
    }

    /** The order of horizons and sections, over the stored lists. */
    private Outline outline() {
        return new Outline(this, horizons, sections);
    }

    /** A change to a part; every change touches the root, whose version is the aggregate's lock. */
    private <T> void changing(T part, Consumer<T> change) {
        change.accept(part);
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
    }
}
