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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A product roadmap: the aggregate root. Horizons, items and sections change only through it, so it can
 * keep its rules: titles are never blank, anchors (and aliases) are unique within the roadmap, horizon
 * keys are unique, and positions are dense and ordered after every change. Every change touches the root,
 * which makes its {@code @Version} the optimistic lock for the whole aggregate.
 */
@Entity
@Table(name = "roadmap")
@NamedQuery(name = Roadmap.BY_SLUG, query = "select r from Roadmap r where r.slug.value = :slug")
@NamedQuery(name = Roadmap.ALL_BY_TITLE, query = "select r from Roadmap r order by r.title, r.slug.value")
public class Roadmap extends PersistentEntity {

    public static final String BY_SLUG = "Roadmap.bySlug";
    public static final String ALL_BY_TITLE = "Roadmap.allByTitle";
    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    @Embedded
    private Slug slug;

    @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "description", length = MAX_DESCRIPTION_LENGTH)
    private String description;

    /** Front matter keys the model has no field for, as the author wrote them (YAML). */
    @Column(name = "front_matter_extras")
    private String frontMatterExtras;

    @Column(name = "intro")
    private String intro;

    @Embedded
    private PlanningPeriod period;

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Horizon> horizons = new ArrayList<>();

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoadmapItem> items = new ArrayList<>();

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

    /** Lookups built on first use so that adding or finding an item costs the same at 10 items or 10,000. */
    @Transient
    private Map<String, RoadmapItem> itemsByAnchor;

    @Transient
    private Map<String, List<RoadmapItem>> itemsByHorizon;

    protected Roadmap() {
        // for JPA
    }

    public Roadmap(Slug slug, String title) {
        this.slug = Objects.requireNonNull(slug, "A roadmap needs a slug.");
        this.title = requireTitle(title, "A roadmap");
        this.description = "";
        this.frontMatterExtras = "";
        this.intro = "";
        this.updatedAt = Instant.now();
    }

    @PrePersist
    void stampCreation() {
        createdAt = updatedAt == null ? Instant.now() : updatedAt;
    }

    // --- the roadmap itself ---------------------------------------------------------------------------

    public void rename(String title) {
        this.title = requireTitle(title, "A roadmap");
        touch();
    }

    public void describe(String description) {
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION_LENGTH) {
            throw new RoadmapRuleViolation("The description is " + text.length() + " characters long; keep it under "
                    + MAX_DESCRIPTION_LENGTH + ".", "description");
        }
        this.description = text;
        touch();
    }

    public void changeIntro(String markdown) {
        this.intro = markdown == null ? "" : markdown;
        touch();
    }

    public void keepFrontMatterExtras(String yaml) {
        this.frontMatterExtras = yaml == null ? "" : yaml;
        touch();
    }

    public void planFor(PlanningPeriod period) {
        this.period = period;
        touch();
    }

    // --- horizons -------------------------------------------------------------------------------------

    /** Adds a horizon after the last one. */
    public Horizon addHorizon(String key, String title, HorizonKind kind) {
        String validKey = Slug.of(key).value();
        if (findHorizon(validKey).isPresent()) {
            throw new RoadmapRuleViolation("The roadmap already has a horizon '" + validKey + "'; give the new one another key.");
        }
        Horizon horizon = new Horizon(this, validKey, requireTitle(title, "A horizon"),
                Objects.requireNonNull(kind, "A horizon needs a kind."), horizons.size());
        horizons.add(horizon);
        touch();
        return horizon;
    }

    public void renameHorizon(String key, String title) {
        horizon(key).rename(requireTitle(title, "A horizon"));
        touch();
    }

    public void describeHorizon(String key, String intro) {
        horizon(key).describe(intro == null ? "" : intro);
        touch();
    }

    public void changeHorizonKind(String key, HorizonKind kind) {
        horizon(key).changeKind(Objects.requireNonNull(kind, "A horizon needs a kind."));
        touch();
    }

    public void layOutHorizonItems(String key, ItemLayout layout) {
        horizon(key).layOutItems(Objects.requireNonNull(layout, "A horizon needs an item layout."));
        touch();
    }

    /** Moves a horizon to a position (from 0); the others keep their order around it. */
    public void moveHorizon(String key, int position) {
        Horizon horizon = horizon(key);
        requirePosition(position, horizons.size() - 1, "horizon", "the roadmap");
        horizons.remove(horizon);
        horizons.add(position, horizon);
        renumber(horizons);
        touch();
    }

    /** Removes an empty horizon; the sections after it stay after the same horizons as before. */
    public void removeHorizon(String key) {
        Horizon horizon = horizon(key);
        int count = itemsIn(key).size();
        if (count > 0) {
            throw new RoadmapRuleViolation("The horizon '" + horizon.title() + "' still holds " + count
                    + " item(s); move or remove them first.");
        }
        horizons.remove(horizon);
        renumber(horizons);
        for (Section section : sections) {
            if (section.horizonsBefore() > horizon.position()) {
                section.placeAfterHorizons(section.horizonsBefore() - 1);
            }
        }
        touch();
    }

    public List<Horizon> horizons() {
        return horizons.stream().sorted(Comparator.comparingInt(Horizon::position)).toList();
    }

    public Optional<Horizon> findHorizon(String key) {
        return horizons.stream().filter(h -> h.key().equals(key)).findFirst();
    }

    // --- items ----------------------------------------------------------------------------------------

    /** Adds an item at the end of a horizon, planned and empty. */
    public RoadmapItem addItem(String horizonKey, Anchor anchor, String title) {
        Horizon horizon = horizon(horizonKey);
        requireFreeAnchor(Objects.requireNonNull(anchor, "An item needs an anchor."));
        List<RoadmapItem> inHorizon = itemsOf(horizonKey);
        RoadmapItem item = new RoadmapItem(this, horizon, anchor, requireTitle(title, "An item"), inHorizon.size());
        items.add(item);
        inHorizon.add(item);
        itemIndex().put(anchor.value(), item);
        touch();
        return item;
    }

    public void renameItem(Anchor anchor, String title) {
        item(anchor).rename(requireTitle(title, "An item"));
        touch();
    }

    public void describeItem(Anchor anchor, String summary, String body) {
        item(anchor).describe(summary == null ? "" : summary.strip(), body == null ? "" : body);
        touch();
    }

    public void changeItemStatus(Anchor anchor, ItemStatus status) {
        item(anchor).changeStatus(Objects.requireNonNull(status, "An item needs a status."));
        touch();
    }

    /** Sets or clears (with {@code null}) the period an item is planned for. */
    public void targetItem(Anchor anchor, PlanningPeriod period) {
        item(anchor).target(period);
        touch();
    }

    /** Replaces an item's tags; blank and repeated tags are dropped, order kept. */
    public void tagItem(Anchor anchor, List<String> tags) {
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String tag : tags) {
            String clean = tag == null ? "" : tag.strip();
            if (clean.length() > RoadmapItem.MAX_TAG_LENGTH) {
                throw new RoadmapRuleViolation("The tag '" + clean + "' is longer than " + RoadmapItem.MAX_TAG_LENGTH
                        + " characters.", "tags");
            }
            if (!clean.isEmpty() && seen.add(clean)) {
                kept.add(clean);
            }
        }
        item(anchor).retag(kept);
        touch();
    }

    /** Puts an item in an area of the product, or takes it out of any (with {@code null} or a blank name). */
    public void placeItemInArea(Anchor anchor, String area) {
        String clean = area == null ? "" : area.strip();
        if (clean.length() > RoadmapItem.MAX_AREA_LENGTH) {
            throw new RoadmapRuleViolation("An area's name is at most " + RoadmapItem.MAX_AREA_LENGTH + " characters.",
                    "area");
        }
        item(anchor).placeInArea(clean.isEmpty() ? null : clean);
        touch();
    }

    /** Lets an item also answer to another anchor, such as one a document already links to. */
    public void addItemAlias(Anchor anchor, Anchor alias) {
        RoadmapItem item = item(anchor);
        requireFreeAnchor(Objects.requireNonNull(alias, "An alias is required."));
        item.addAlias(alias);
        itemIndex().put(alias.value(), item);
        touch();
    }

    /**
     * Moves an item to a position (from 0) in a horizon, the same or another. Every other item keeps its
     * order; the horizon left behind closes the gap.
     */
    public void moveItem(Anchor anchor, String toHorizonKey, int position) {
        RoadmapItem item = item(anchor);
        Horizon from = item.horizon();
        Horizon to = horizon(toHorizonKey);
        List<RoadmapItem> target = new ArrayList<>(itemsIn(to.key()));
        target.remove(item);
        requirePosition(position, target.size(), "item", "the horizon '" + to.title() + "'");
        target.add(position, item);
        item.placeIn(to, position);
        placeInOrder(target, to);
        if (from != to) {
            placeInOrder(itemsIn(from.key()).stream().filter(i -> i != item).toList(), from);
        }
        forgetLookups();
        touch();
    }

    /** Puts a horizon's items in the given order, which must name each of them exactly once. */
    public void reorderItems(String horizonKey, List<Anchor> order) {
        Horizon horizon = horizon(horizonKey);
        List<RoadmapItem> current = itemsIn(horizonKey);
        List<RoadmapItem> wanted = order.stream().map(this::item).toList();
        if (wanted.size() != current.size() || !new HashSet<>(wanted).equals(new HashSet<>(current))) {
            throw new RoadmapRuleViolation("A new order for '" + horizon.title() + "' must list each of its "
                    + current.size() + " items exactly once.");
        }
        placeInOrder(wanted, horizon);
        forgetLookups();
        touch();
    }

    public void removeItem(Anchor anchor) {
        RoadmapItem item = item(anchor);
        items.remove(item);
        forgetLookups();
        placeInOrder(itemsIn(item.horizon().key()), item.horizon());
        touch();
    }

    /** The items of a horizon, in order. */
    public List<RoadmapItem> itemsIn(String horizonKey) {
        return List.copyOf(itemHorizons().getOrDefault(horizonKey, List.of()));
    }

    /** Every item, horizon by horizon, in document order. */
    public List<RoadmapItem> items() {
        return horizons().stream().flatMap(h -> itemsIn(h.key()).stream()).toList();
    }

    /** The item that answers to an anchor, its own or an alias. */
    public Optional<RoadmapItem> findItem(Anchor anchor) {
        return Optional.ofNullable(itemIndex().get(anchor.value()));
    }

    // --- sections -------------------------------------------------------------------------------------

    /** Adds a section at the end of the document, after every horizon there is now. */
    public Section addSection(String title, String body) {
        return addSection(title, body, horizons.size());
    }

    /**
     * Adds a section after the given number of horizons (0: ahead of them all), after the sections there.
     * A section without a title is prose that follows what comes before it, such as a note after a list.
     */
    public Section addSection(String title, String body, int horizonsBefore) {
        requirePosition(horizonsBefore, horizons.size(), "section", "the roadmap's horizons");
        Section section = new Section(this, optionalTitle(title, "A section"), body == null ? "" : body,
                sections.size(), horizonsBefore);
        sections.add(section);
        touch();
        return section;
    }

    public void editSection(int position, String title, String body) {
        section(position).edit(optionalTitle(title, "A section"), body == null ? "" : body);
        touch();
    }

    public void removeSection(int position) {
        sections.remove(section(position));
        renumberSections();
        touch();
    }

    public List<Section> sections() {
        return sections.stream().sorted(Comparator.comparingInt(Section::position)).toList();
    }

    // --- the whole document ---------------------------------------------------------------------------

    /**
     * Takes over everything another roadmap says (title, prose, horizons, items, sections) while staying
     * the same roadmap: its slug, identity, version history and editions are kept. This is how a fresh
     * import of the roadmap's document becomes its working copy.
     */
    public void replaceContentWith(Roadmap source) {
        Objects.requireNonNull(source, "The roadmap to take the content from is required.");
        title = source.title;
        description = source.description();
        frontMatterExtras = source.frontMatterExtras();
        intro = source.intro();
        period = source.period;
        items.clear();
        horizons.clear();
        sections.clear();
        forgetLookups();
        for (Horizon from : source.horizons()) {
            Horizon horizon = addHorizon(from.key(), from.title(), from.kind());
            horizon.describe(from.intro());
            horizon.layOutItems(from.itemLayout());
            for (RoadmapItem item : source.itemsIn(from.key())) {
                copyItem(item, horizon);
            }
        }
        for (Section section : source.sections()) {
            addSection(section.title(), section.body(), section.horizonsBefore());
        }
        touch();
    }

    private void copyItem(RoadmapItem from, Horizon horizon) {
        RoadmapItem item = addItem(horizon.key(), from.anchor(), from.title());
        item.describe(from.summary(), from.body());
        item.changeStatus(from.status());
        from.target().ifPresent(item::target);
        item.retag(from.tags());
        item.placeInArea(from.area().orElse(null));
        for (Anchor alias : from.aliases()) {
            item.addAlias(alias);
            itemIndex().put(alias.value(), item);
        }
    }

    /** Whether another roadmap says exactly what this one says (identity, slug and editions aside). */
    public boolean hasSameContentAs(Roadmap other) {
        return title.equals(other.title) && description().equals(other.description())
                && frontMatterExtras().equals(other.frontMatterExtras()) && intro().equals(other.intro())
                && Objects.equals(period, other.period)
                && pairwise(horizons(), other.horizons(), (mine, theirs) -> mine.sameContentAs(theirs)
                        && pairwise(itemsIn(mine.key()), other.itemsIn(theirs.key()), RoadmapItem::sameContentAs))
                && pairwise(sections(), other.sections(), Section::sameContentAs);
    }

    private static <T> boolean pairwise(List<T> mine, List<T> theirs, BiPredicate<T, T> same) {
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < mine.size(); i++) {
            if (!same.test(mine.get(i), theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    // --- editions -------------------------------------------------------------------------------------

    /**
     * Publishes the roadmap as it stands: the next numbered, immutable edition, holding the canonical
     * Markdown the caller rendered from this roadmap.
     */
    public Edition publish(String label, String note, String publishedBy, String canonicalMarkdown, Instant at) {
        if (id() == null) {
            throw new RoadmapRuleViolation("Store the roadmap '" + slug + "' before publishing it.");
        }
        Edition edition = new Edition(id(), lastEditionNumber + 1, label, note, publishedBy, canonicalMarkdown, at);
        lastEditionNumber = edition.number();
        touch();
        return edition;
    }

    // --- reading ----------------------------------------------------------------------------------------

    public Slug slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description == null ? "" : description;
    }

    public String frontMatterExtras() {
        return frontMatterExtras == null ? "" : frontMatterExtras;
    }

    public String intro() {
        return intro == null ? "" : intro;
    }

    public Optional<PlanningPeriod> period() {
        return Optional.ofNullable(period);
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

    // --- lookups ----------------------------------------------------------------------------------------

    private Map<String, RoadmapItem> itemIndex() {
        if (itemsByAnchor == null) {
            itemsByAnchor = new HashMap<>();
            for (RoadmapItem item : items) {
                itemsByAnchor.put(item.anchor().value(), item);
                item.aliases().forEach(alias -> itemsByAnchor.put(alias.value(), item));
            }
        }
        return itemsByAnchor;
    }

    /**
     * Builds the lookups now rather than at the first question, so a roadmap that threads share only to read
     * (a published edition's model) is never changed by being read.
     */
    public void buildLookups() {
        itemIndex();
        itemHorizons();
    }

    private Map<String, List<RoadmapItem>> itemHorizons() {
        if (itemsByHorizon == null) {
            itemsByHorizon = new HashMap<>();
            items.stream().sorted(Comparator.comparingInt(RoadmapItem::position))
                    .forEach(i -> itemsByHorizon.computeIfAbsent(i.horizon().key(), k -> new ArrayList<>()).add(i));
        }
        return itemsByHorizon;
    }

    /** The live, ordered list of a horizon's items in the lookup, made when the horizon gets its first item. */
    private List<RoadmapItem> itemsOf(String horizonKey) {
        return itemHorizons().computeIfAbsent(horizonKey, k -> new ArrayList<>());
    }

    /** After a change that reorders or removes items, the lookups are built afresh when next needed. */
    private void forgetLookups() {
        itemsByAnchor = null;
        itemsByHorizon = null;
    }

    // --- rules ------------------------------------------------------------------------------------------

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

    private void requireFreeAnchor(Anchor anchor) {
        findItem(anchor).ifPresent(taken -> {
            throw new RoadmapRuleViolation("The anchor '" + anchor + "' already belongs to the item '" + taken.title()
                    + "'; anchors must be unique within a roadmap.");
        });
    }

    private static String requireTitle(String title, String what) {
        if (title == null || title.isBlank()) {
            throw new RoadmapRuleViolation(what + " needs a title.", "title");
        }
        String clean = title.strip();
        if (clean.length() > MAX_TITLE_LENGTH) {
            throw new RoadmapRuleViolation(what + "'s title is " + clean.length() + " characters long; keep it under "
                    + MAX_TITLE_LENGTH + ".", "title");
        }
        return clean;
    }

    private static String optionalTitle(String title, String what) {
        return title == null || title.isBlank() ? "" : requireTitle(title, what);
    }

    private static void requirePosition(int position, int last, String what, String where) {
        if (position < 0 || position > last) {
            throw new RoadmapRuleViolation("Position " + position + " is outside " + where + ": a " + what
                    + " can go at 0 to " + last + ".");
        }
    }

    private static void placeInOrder(List<RoadmapItem> ordered, Horizon horizon) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeIn(horizon, i);
        }
    }

    private static void renumber(List<Horizon> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i);
        }
    }

    private void renumberSections() {
        List<Section> ordered = sections();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i);
        }
    }
}
