package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.PersistentEntity;
import dev.roadmap.domain.model.shared.Slug;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An ordered lane of a roadmap, such as "What's next" or "Future work". It is changed only through its
 * {@link Roadmap}, which keeps keys unique and positions dense.
 */
@Entity
@Table(name = "horizon")
public class Horizon extends PersistentEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "roadmap_id", nullable = false)
    private Roadmap roadmap;

    @Column(name = "horizon_key", nullable = false, length = Slug.MAX_LENGTH)
    private String key;

    @Column(name = "title", nullable = false, length = Roadmap.MAX_TITLE_LENGTH)
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

    protected Horizon() {
        // for JPA
    }

    Horizon(Roadmap roadmap, String key, String title, HorizonKind kind, int position) {
        this.roadmap = roadmap;
        this.key = key;
        this.title = title;
        this.kind = kind;
        this.position = position;
        this.intro = "";
        this.itemLayout = ItemLayout.HEADINGS;
    }

    void rename(String title) {
        this.title = title;
    }

    void describe(String intro) {
        this.intro = intro;
    }

    void changeKind(HorizonKind kind) {
        this.kind = kind;
    }

    void layOutItems(ItemLayout layout) {
        this.itemLayout = layout;
    }

    void placeAt(int position) {
        this.position = position;
    }

    /** Same key, title, kind, intro and layout; the items are compared by the roadmap. */
    boolean sameContentAs(Horizon other) {
        return key.equals(other.key) && title.equals(other.title) && kind == other.kind
                && intro().equals(other.intro()) && itemLayout() == other.itemLayout();
    }

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

    public ItemLayout itemLayout() {
        return itemLayout == null ? ItemLayout.HEADINGS : itemLayout;
    }

    public int position() {
        return position;
    }
}
