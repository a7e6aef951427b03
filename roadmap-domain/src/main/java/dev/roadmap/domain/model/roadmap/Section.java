package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.PersistentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Free prose of a roadmap that is not an item, such as "How to influence the roadmap". Kept in document
 * order, with the number of horizons that come before it, so nothing written is lost on the way back out.
 */
@Entity
@Table(name = "section")
public class Section extends PersistentEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "roadmap_id", nullable = false)
    private Roadmap roadmap;

    @Column(name = "title", length = Title.MAX_LENGTH)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "horizons_before", nullable = false)
    private int horizonsBefore;

    /** The level of the document's heading for it, kept so the export nests as the document did; null is 2. */
    @Column(name = "heading_level")
    private Integer headingLevel;

    protected Section() {
        // for JPA
    }

    Section(Roadmap roadmap, String title, String body, int position, int horizonsBefore) {
        this.roadmap = roadmap;
        this.title = title;
        this.body = body == null ? "" : body;
        this.position = position;
        this.horizonsBefore = horizonsBefore;
    }

    /** The same section for another roadmap, at a position there. */
    Section copyFor(Roadmap other, int position) {
        Section copy = new Section(other, title, body, position, horizonsBefore);
        copy.headingLevel = headingLevel;
        return copy;
    }

    boolean sameContentAs(Section other) {
        return title().equals(other.title()) && body.equals(other.body) && horizonsBefore == other.horizonsBefore
                && headingLevel() == other.headingLevel();
    }

    void edit(String title, String body) {
        this.title = title;
        this.body = body == null ? "" : body;
    }

    void headAt(int level) {
        this.headingLevel = HeadingLevels.checked(level);
    }

    void placeAt(int position) {
        this.position = position;
    }

    void placeAfterHorizons(int horizonsBefore) {
        this.horizonsBefore = horizonsBefore;
    }

    /** The heading, or empty for prose that has none. */
    public String title() {
        return title == null ? "" : title;
    }

    /** The section's Markdown, without its heading. */
    public String body() {
        return body;
    }

    /** The level of its heading in the document, 1 to 6; 2 when the document did not say (the editor's). */
    public int headingLevel() {
        return headingLevel == null ? HeadingLevels.PART : headingLevel;
    }

    public int position() {
        return position;
    }

    /** How many horizons the document shows before this section: 0 puts it ahead of them all. */
    public int horizonsBefore() {
        return horizonsBefore;
    }
}
