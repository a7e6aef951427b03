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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A product roadmap: the aggregate root. Horizons, items and sections change only through it. It keeps
 * what is roadmap-wide: horizon keys and item anchors (and aliases) unique, the order of horizons and
 * sections, and moves of items between horizons. Each {@link Horizon} keeps the order of its own items; the
 * values ({@link DocumentHead}, {@link Title}, {@link Tags}, {@link Area}) keep their own rules. Every
 * change touches the root, which makes its {@code @Version} the optimistic lock for the whole aggregate.
 *
 * <p>Over 300 lines because it is the one door to the aggregate: each change a caller may ask for (some
 * fifty, in the domain's words) is a method here, most of them a line handing the work to the part.
 */
@Entity
@Table(name = "roadmap")
@NamedQuery(name = Roadmap.BY_SLUG, query = "select r from Roadmap r where r.slug.value = :slug")
@NamedQuery(name = Roadmap.ALL_BY_TITLE, query = "select r from Roadmap r order by r.head.title, r.slug.value")
public class Roadmap extends PersistentEntity {

    public static final String BY_SLUG = "Roadmap.bySlug";
    public static final String ALL_BY_TITLE = "Roadmap.allByTitle";
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

    public void keepFrontMatterExtras(String yaml) {
        changeHead(head.withFrontMatterExtras(yaml));
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
        String validKey = Slug.of(key).value();
        if (findHorizon(validKey).isPresent()) {
            throw new RoadmapRuleViolation("The roadmap already has a horizon '" + validKey + "'; give the new one another key.");
        }
        Horizon horizon = new Horizon(this, validKey, Title.of(title, "A horizon"), kind, horizons.size());
        changing(horizons, all -> all.add(horizon));
        return horizon;
    }

    public void renameHorizon(String key, String title) {
        changing(horizon(key), horizon -> horizon.rename(Title.of(title, "A horizon")));
    }

    public void describeHorizon(String key, String intro) {
        changing(horizon(key), horizon -> horizon.describe(intro));
    }

    public void layOutHorizonItems(String key, ItemLayout layout) {
        changing(horizon(key), horizon -> horizon.layOutItems(layout));
    }

    /** Moves a horizon to a position (from 0); the others keep their order around it. */
    public void moveHorizon(String key, int position) {
        Horizon horizon = horizon(key);
        Horizon.requirePosition(position, horizons.size() - 1, "horizon", "the roadmap");
        List<Horizon> ordered = new ArrayList<>(horizons());
        ordered.remove(horizon);
        ordered.add(position, horizon);
        changing(ordered, all -> IntStream.range(0, all.size()).forEach(i -> all.get(i).placeAt(i)));
    }

    /** Removes an empty horizon; the sections after it stay after the same horizons as before. */
    public void removeHorizon(String key) {
        Horizon horizon = horizon(key);
        horizon.requireEmpty();
        horizons.remove(horizon);
        horizons.stream().filter(h -> h.position() > horizon.position()).forEach(h -> h.placeAt(h.position() - 1));
        sections.stream().filter(s -> s.horizonsBefore() > horizon.position())
                .forEach(s -> s.placeAfterHorizons(s.horizonsBefore() - 1));
        touch();
    }

    public List<Horizon> horizons() {
        return horizons.stream().sorted(Comparator.comparingInt(Horizon::position)).toList();
    }

    public Optional<Horizon> findHorizon(String key) {
        return horizons.stream().filter(h -> h.key().equals(key)).findFirst();
    }

    /** Adds an item at the end of a horizon, planned and empty. */
    public RoadmapItem addItem(String horizonKey, Anchor anchor, String title) {
        Horizon horizon = horizon(horizonKey);
        RoadmapItem item = new RoadmapItem(this, Objects.requireNonNull(anchor, "An item needs an anchor."),
                Title.of(title, "An item"));
        index().claim(anchor, item);
        changing(horizon, h -> h.append(item));
        return item;
    }

    public void renameItem(Anchor anchor, String title) {
        changing(item(anchor), item -> item.rename(Title.of(title, "An item")));
    }

    public void describeItem(Anchor anchor, String summary, String body) {
        changing(item(anchor), item -> item.describe(summary, body));
    }

    public void changeItemStatus(Anchor anchor, ItemStatus status) {
        changing(item(anchor), item -> item.changeStatus(status));
    }

    /** Sets or clears (with {@code null}) the period an item is planned for. */
    public void targetItem(Anchor anchor, PlanningPeriod period) {
        changing(item(anchor), item -> item.target(period));
    }

    /** Replaces an item's tags; blank and repeated tags are dropped, order kept (see {@link Tags}). */
    public void tagItem(Anchor anchor, List<String> tags) {
        changing(item(anchor), item -> item.retag(Tags.of(tags)));
    }

    /** Puts an item in an area of the product, or takes it out of any (with {@code null} or a blank name). */
    public void placeItemInArea(Anchor anchor, String area) {
        changing(item(anchor), item -> item.placeInArea(Area.named(area)));
    }

    /** Lets an item also answer to another anchor, such as one a document already links to. */
    public void addItemAlias(Anchor anchor, Anchor alias) {
        RoadmapItem item = item(anchor);
        index().claim(Objects.requireNonNull(alias, "An alias is required."), item);
        changing(item, i -> i.addAlias(alias));
    }

    /** Moves an item to a position (from 0) in a horizon, the same or another; see {@link Horizon#take}. */
    public void moveItem(Anchor anchor, String toHorizonKey, int position) {
        RoadmapItem item = item(anchor);
        changing(horizon(toHorizonKey), to -> to.take(item, position));
    }

    /** Puts a horizon's items in the given order, which must name each of them exactly once. */
    public void reorderItems(String horizonKey, List<Anchor> order) {
        changing(horizon(horizonKey), horizon -> horizon.reorder(order.stream().map(this::item).toList()));
    }

    public void removeItem(Anchor anchor) {
        RoadmapItem item = item(anchor);
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

    /**
     * Adds a section after the given number of horizons (0: ahead of them all), after the sections there.
     * One without a title is prose that follows what comes before it, such as a note after a list.
     */
    public Section addSection(String title, String body, int horizonsBefore) {
        Horizon.requirePosition(horizonsBefore, horizons.size(), "section", "the roadmap's horizons");
        Section section = new Section(this, Title.optional(title, "A section"), body, sections.size(), horizonsBefore);
        changing(sections, all -> all.add(section));
        return section;
    }

    public void editSection(int position, String title, String body) {
        changing(section(position), section -> section.edit(Title.optional(title, "A section"), body));
    }

    public void removeSection(int position) {
        sections.remove(section(position));
        changing(sections, all -> all.stream().filter(s -> s.position() > position).forEach(s -> s.placeAt(s.position() - 1)));
    }

    public List<Section> sections() {
        return sections.stream().sorted(Comparator.comparingInt(Section::position)).toList();
    }

    /**
     * Takes over everything another roadmap says, staying the same roadmap (slug, identity, version, editions):
     * how a fresh import of the roadmap's document becomes its working copy.
     */
    public void replaceContentWith(Roadmap source) {
        Objects.requireNonNull(source, "The roadmap to take the content from is required.");
        head = source.head;
        horizons.clear();
        sections.clear();
        index = null;
        source.horizons().forEach(from -> horizons.add(from.copyFor(this, horizons.size())));
        source.sections().forEach(from -> sections.add(from.copyFor(this, sections.size())));
        touch();
    }

    /** Whether another roadmap says exactly what this one says (identity, slug and editions aside). */
    public boolean hasSameContentAs(Roadmap other) {
        return head.equals(other.head) && InOrder.same(horizons(), other.horizons(), Horizon::sameContentAs)
                && InOrder.same(sections(), other.sections(), Section::sameContentAs);
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

    /** Builds the item lookup now, so a roadmap that threads share only to read is never changed by being read. */
    // removed once the web layer no longer calls it (an immutable read model replaces the shared entity)
    public void buildLookups() {
        index();
    }

    private ItemIndex index() {
        if (index == null) {
            index = ItemIndex.of(items());
        }
        return index;
    }

    /** A change to a part; every change touches the root, whose version is the aggregate's lock. */
    private <T> void changing(T part, Consumer<T> change) {
        change.accept(part);
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    private Horizon horizon(String key) {
        return findHorizon(key).orElseThrow(() -> new RoadmapRuleViolation(
                "The roadmap '" + slug + "' has no horizon '" + key + "'."));
    }

    private RoadmapItem item(Anchor anchor) {
        return findItem(anchor).orElseThrow(() -> new RoadmapRuleViolation(
                "The roadmap '" + slug + "' has no item '" + anchor + "'."));
    }

    private Section section(int position) {
        return sections.stream().filter(s -> s.position() == position).findFirst()
                .orElseThrow(() -> new RoadmapRuleViolation("The roadmap '" + slug + "' has no section " + position + "."));
    }
}
