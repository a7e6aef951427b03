package dev.roadmap.domain.model.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import java.util.Optional;

/**
 * What a roadmap document says before its first horizon: the title, the description, the front matter
 * keys the model has no field for (YAML, as written), the intro (Markdown) and the planning period. A
 * value: a change makes a new one, which the roadmap swaps in whole.
 */
@Embeddable
public class DocumentHead {

    @Column(name = "title", nullable = false, length = Title.MAX_LENGTH)
    private String title;

    @Column(name = "description", length = Description.MAX_LENGTH)
    private String description;

    @Column(name = "front_matter_extras")
    private String frontMatterExtras;

    @Column(name = "intro")
    private String intro;

    @Embedded
    private PlanningPeriod period;

    protected DocumentHead() {
        // for JPA
    }

    private DocumentHead(String title, String description, String frontMatterExtras, String intro, PlanningPeriod period) {
        this.title = title;
        this.description = description;
        this.frontMatterExtras = frontMatterExtras;
        this.intro = intro;
        this.period = period;
    }

    /** A document with a title and nothing else yet. */
    static DocumentHead titled(Title title) {
        return new DocumentHead(title.value(), "", "", "", null);
    }

    DocumentHead retitled(Title title) {
        return new DocumentHead(title.value(), description(), frontMatterExtras(), intro(), period);
    }

    DocumentHead describedAs(Description description) {
        return new DocumentHead(title, description.text(), frontMatterExtras(), intro(), period);
    }

    DocumentHead withFrontMatterExtras(String yaml) {
        return new DocumentHead(title, description(), yaml == null ? "" : yaml, intro(), period);
    }

    DocumentHead introducedBy(String markdown) {
        return new DocumentHead(title, description(), frontMatterExtras(), markdown == null ? "" : markdown, period);
    }

    /** The same head planned for a period, or for none ({@code null}). */
    DocumentHead plannedFor(PlanningPeriod period) {
        return new DocumentHead(title, description(), frontMatterExtras(), intro(), period);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentHead head && title.equals(head.title) && description().equals(head.description())
                && frontMatterExtras().equals(head.frontMatterExtras()) && intro().equals(head.intro())
                && Objects.equals(period, head.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description(), frontMatterExtras(), intro(), period);
    }
}
