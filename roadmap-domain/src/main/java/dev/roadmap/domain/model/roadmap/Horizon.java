package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.PersistentEntity;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An ordered lane of a roadmap, such as "What's next" or "Future work", and the items in it. The horizon
 * keeps its items' order: positions are dense from 0 after every change, and a move keeps every other item
 * in its place. It is changed only through its {@link Roadmap}, which keeps keys and anchors unique.
 */
@Entity
@Table(name = "horizon")
public class Horizon extends PersistentEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "roadmap_id", nullable = false)
    private Roadmap roadmap;

    @Column(name = "horizon_key", nullable = false, length = Slug.MAX_LENGTH)
    private String key;

    @Column(name = "title", nullable = false, length = Title.MAX_LENGTH)
    private String title;

    @Column(name = "intro")
    private String intro;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private HorizonKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_layout", nullable = false, length = 20)
    private ItemLayout itemLayout;

    @Column(name = "position", nullable = false)
    private int position;

    /** The level of the document's heading for it, kept so the export nests as the document did; null is 2. */
    @Column(name = "heading_level")
    private Integer headingLevel;

    /** The list's index is the item's {@code position} column. */
    @OneToMany(mappedBy = "horizon", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<RoadmapItem> items = new ArrayList<>();

    protected Horizon() {
        // for JPA
    }

    Horizon(Roadmap roadmap, String key, Title title, HorizonKind kind, int position) {
        this.roadmap = roadmap;
        this.key = key;
        this.title = title.value();
        this.kind = Objects.requireNonNull(kind, "A horizon needs a kind.");
        this.position = position;
        this.intro = "";
        this.itemLayout = ItemLayout.HEADINGS;
    }

    void rename(Title title) {
        this.title = title.value();
    }

    void describe(String intro) {
        this.intro = intro == null ? "" : intro;
    }

    void layOutItems(ItemLayout layout) {
        this.itemLayout = Objects.requireNonNull(layout, "A horizon needs an item layout.");
    }

    void headAt(int level) {
        this.headingLevel = HeadingLevels.checked(level);
    }

    /** The same horizon, items and all, for another roadmap, at a position there. */
    Horizon copyFor(Roadmap other, int position) {
        Horizon copy = new Horizon(other, key, new Title(title), kind, position);
        copy.describe(intro);
        copy.layOutItems(itemLayout());
        copy.headingLevel = headingLevel;
        items.forEach(item -> copy.append(item.copyFor(other)));
        return copy;
    }

    /** Refuses to go while it holds items. */
    void requireEmpty() {
        if (!items.isEmpty()) {
            throw new RoadmapRuleViolation("The horizon '" + title + "' still holds " + items.size()
                    + " item(s); move or remove them first.");
        }
    }

    void placeAt(int position) {
        this.position = position;
    }

    // --- its items ------------------------------------------------------------------------------------

    /** Adds an item at the end. */
    RoadmapItem append(RoadmapItem item) {
        items.add(item);
        item.placeIn(this, items.size() - 1);
        return item;
    }

    /**
     * Puts an item, of this horizon or another, at a position (from 0); the others keep their order around
     * it. A position outside the horizon is refused before anything changes. An item from another horizon
     * is then still in that one too, until it lets the item go.
     */
    private void insert(RoadmapItem item, int position) {
        boolean here = items.contains(item);
        requirePosition(position, here ? items.size() - 1 : items.size(), "item", "the horizon '" + title + "'");
        if (here) {
            items.remove(item);
        }
        items.add(position, item);
        renumber();
    }

    /**
     * Moves an item, of this horizon or another, to a position (from 0) here. Every other item keeps its
     * order; the horizon it leaves closes the gap.
     */
    void take(RoadmapItem item, int position) {
        Horizon from = item.horizon();
        insert(item, position);
        if (from != this) {
            from.release(item);
        }
    }

    /** Lets an item go (removed, or moving to another horizon); the others close the gap. */
    void release(RoadmapItem item) {
        items.remove(item);
        renumber();
    }

    /** Puts the items in the given order, which must name each of them exactly once. */
    void reorder(List<RoadmapItem> order) {
        if (order.size() != items.size() || !new HashSet<>(order).equals(new HashSet<>(items))) {
            throw new RoadmapRuleViolation("A new order for '" + title + "' must list each of its "
                    + items.size() + " items exactly once.");
        }
        items.clear();
        items.addAll(order);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeIn(this, i);
        }
    }

    static void requirePosition(int position, int last, String what, String where) {
        if (position < 0 || position > last) {
            throw new RoadmapRuleViolation("Position " + position + " is outside " + where + ": a " + what
                    + " can go at 0 to " + last + ".");
        }
    }

    /** Same key, title, kind, intro and layout, and items of the same content in the same order. */
    boolean sameContentAs(Horizon other) {
        return key.equals(other.key) && title.equals(other.title) && kind == other.kind
                && intro().equals(other.intro()) && itemLayout() == other.itemLayout()
                && headingLevel() == other.headingLevel()
                && InOrder.same(items, other.items, RoadmapItem::sameContentAs);
    }

    // --- reading --------------------------------------------------------------------------------------

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The Markdown between the horizon's heading and its first item. */
    public String intro() {
        return intro == null ? "" : intro;
    }

    public HorizonKind kind() {
        return kind;
    }

    /** The level of its heading in the document, 1 to 6; 2 when the document did not say (the editor's). */
    public int headingLevel() {
        return headingLevel == null ? HeadingLevels.PART : headingLevel;
    }

    public ItemLayout itemLayout() {
        return itemLayout == null ? ItemLayout.HEADINGS : itemLayout;
    }

    public int position() {
        return position;
    }

    /** The items, in order: a copy, so the horizon may change while a caller walks it. */
    public List<RoadmapItem> items() {
        return List.copyOf(items);
    }

    /** How many items the horizon holds. */
    public int size() {
        return items.size();
    }
}
