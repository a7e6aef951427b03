package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.PersistentEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing on the roadmap: a {@code ###} section or a bold-named bullet of the source document. It is
 * changed only through its {@link Roadmap}, which keeps anchors unique; its {@link Horizon} keeps its place.
 */
@Entity
@Table(name = "roadmap_item")
public class RoadmapItem extends PersistentEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "roadmap_id", nullable = false)
    private Roadmap roadmap;

    @ManyToOne(optional = false)
    @JoinColumn(name = "horizon_id", nullable = false)
    private Horizon horizon;

    @Embedded
    private Anchor anchor;

    /** Anchors the item answered to before, or that documents link it by; kept so old links still resolve. */
    @ElementCollection
    @CollectionTable(name = "item_alias", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "alias", nullable = false, length = Anchor.MAX_LENGTH)
    @OrderColumn(name = "position")
    private List<String> aliases = new ArrayList<>();

    @Column(name = "title", nullable = false, length = Title.MAX_LENGTH)
    private String title;

    @Column(name = "summary")
    private String summary;

    @Column(name = "body")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ItemStatus status;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "year", column = @Column(name = "target_year")),
        @AttributeOverride(name = "quarter", column = @Column(name = "target_quarter")),
        @AttributeOverride(name = "text", column = @Column(name = "target_text", length = PlanningPeriod.MAX_TEXT_LENGTH))
    })
    private PlanningPeriod target;

    @ElementCollection
    @CollectionTable(name = "item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag", nullable = false, length = Tags.MAX_TAG_LENGTH)
    @OrderColumn(name = "position")
    private List<String> tags = new ArrayList<>();

    /** The part of the product the item belongs to ("SIG Node", "Server"), when the document groups by it. */
    @Column(name = "area", length = Area.MAX_LENGTH)
    private String area;

    /** Written by the horizon's ordered list, whose order column this is; read here so it costs no search. */
    @Column(name = "position", nullable = false, insertable = false, updatable = false)
    private int position;

    protected RoadmapItem() {
        // for JPA
    }

    /** A planned, empty item, not yet in a horizon. */
    RoadmapItem(Roadmap roadmap, Anchor anchor, Title title) {
        this.roadmap = roadmap;
        this.anchor = anchor;
        this.title = title.value();
        this.summary = "";
        this.body = "";
        this.status = ItemStatus.PLANNED;
    }

    boolean sameContentAs(RoadmapItem other) {
        return anchor.equals(other.anchor) && aliases.equals(other.aliases) && title.equals(other.title)
                && summary().equals(other.summary()) && body().equals(other.body()) && status == other.status
                && target().equals(other.target()) && tags.equals(other.tags) && area().equals(other.area());
    }

    void rename(Title title) {
        this.title = title.value();
    }

    void describe(String summary, String body) {
        this.summary = summary == null ? "" : summary.strip();
        this.body = body == null ? "" : body;
    }

    void changeStatus(ItemStatus status) {
        this.status = Objects.requireNonNull(status, "An item needs a status.");
    }

    void target(PlanningPeriod period) {
        this.target = period;
    }

    void retag(Tags tags) {
        this.tags.clear();
        this.tags.addAll(tags.values());
    }

    void placeInArea(Optional<Area> area) {
        this.area = area.map(Area::name).orElse(null);
    }

    /** The same item, aliases and all, for another roadmap; its horizon places it. */
    RoadmapItem copyFor(Roadmap other) {
        RoadmapItem copy = new RoadmapItem(other, anchor, new Title(title));
        copy.aliases.addAll(aliases);
        copy.describe(summary, body);
        copy.status = status;
        copy.target = target;
        copy.tags.addAll(tags);
        copy.area = area;
        return copy;
    }

    void addAlias(Anchor alias) {
        aliases.add(alias.value());
    }

    void placeIn(Horizon horizon, int position) {
        this.horizon = horizon;
        this.position = position;
    }

    public Anchor anchor() {
        return anchor;
    }

    public List<Anchor> aliases() {
        return aliases.stream().map(Anchor::of).toList();
    }

    public String title() {
        return title;
    }

    /** One line, Markdown: what a reader sees in a list or on a card. */
    public String summary() {
        return summary == null ? "" : summary;
    }

    /** The item's Markdown below its heading. */
    public String body() {
        return body == null ? "" : body;
    }

    public ItemStatus status() {
        return status;
    }

    public Optional<PlanningPeriod> target() {
        return Optional.ofNullable(target);
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public Optional<String> area() {
        return Optional.ofNullable(area);
    }

    public Horizon horizon() {
        return horizon;
    }

    /** Place within the horizon, from 0. */
    public int position() {
        return position;
    }
}
