package dev.roadmap.domain.model.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * What a roadmap document says before its first horizon: the title, the description, the front matter
 * keys the model has no field for (as written, in the document's YAML or TOML), the intro (Markdown) and
 * the planning period. A value: a change makes a new one, which the roadmap swaps in whole.
 */
@Embeddable
public class DocumentHead {

    @Column(name = "title", nullable = false, length = Title.MAX_LENGTH)
    private String title;

    @Column(name = "description", length = Description.MAX_LENGTH)
    private String description;

    @Column(name = "front_matter_extras")
    private String frontMatterExtras;

    @Enumerated(EnumType.STRING)
    @Column(name = "front_matter_syntax", nullable = false, length = 4)
    private FrontMatterSyntax frontMatterSyntax;

    @Column(name = "intro")
    private String intro;

    @Embedded
    private PlanningPeriod period;

    protected DocumentHead() {
        // for JPA
    }

    private DocumentHead(String title, String description, String frontMatterExtras, FrontMatterSyntax frontMatterSyntax,
                         String intro, PlanningPeriod period) {
        this.title = title;
        this.description = description;
        this.frontMatterExtras = frontMatterExtras;
        this.frontMatterSyntax = frontMatterSyntax;
        this.intro = intro;
        this.period = period;
    }

    /** A document with a title and nothing else yet. */
    static DocumentHead titled(Title title) {
        return new DocumentHead(title.value(), "", "", FrontMatterSyntax.YAML, "", null);
    }

    DocumentHead retitled(Title title) {
        return new DocumentHead(title.value(), description(), frontMatterExtras(), frontMatterSyntax(), intro(), period);
    }

    DocumentHead describedAs(Description description) {
        return new DocumentHead(title, description.text(), frontMatterExtras(), frontMatterSyntax(), intro(), period);
    }

    DocumentHead withFrontMatterExtras(String extras, FrontMatterSyntax syntax) {
        return new DocumentHead(title, description(), extras == null ? "" : extras, Objects.requireNonNull(syntax),
                intro(), period);
    }

    DocumentHead introducedBy(String markdown) {
        return new DocumentHead(title, description(), frontMatterExtras(), frontMatterSyntax(), markdown == null ? "" : markdown, period);
    }

    /** The same head planned for a period, or for none ({@code null}). */
    DocumentHead plannedFor(PlanningPeriod period) {
        return new DocumentHead(title, description(), frontMatterExtras(), frontMatterSyntax(), intro(), period);
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

    public FrontMatterSyntax frontMatterSyntax() {
        return frontMatterSyntax == null ? FrontMatterSyntax.YAML : frontMatterSyntax;
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
                && frontMatterExtras().equals(head.frontMatterExtras())
                && frontMatterSyntax() == head.frontMatterSyntax() && intro().equals(head.intro())
                && Objects.equals(period, head.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description(), frontMatterExtras(), frontMatterSyntax(), intro(), period);
    }
}
