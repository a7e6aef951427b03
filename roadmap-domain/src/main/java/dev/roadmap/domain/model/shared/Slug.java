package dev.roadmap.domain.model.shared;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The URL name of a roadmap, as in {@code /roadmaps/backstage}: lower-case letters and digits in words
 * joined by single hyphens. No dots, so {@code /roadmaps/{slug}.md} can never be ambiguous.
 */
@Embeddable
public class Slug {

    public static final int MAX_LENGTH = 80;
    /** The form of a slug as a regular expression, for addresses that carry one. */
    public static final String FORM_REGEX = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern FORM = Pattern.compile(FORM_REGEX);

    @Column(name = "slug", nullable = false, length = MAX_LENGTH)
    private String value;

    protected Slug() {
        // for JPA
    }

    private Slug(String value) {
        this.value = value;
    }

    public static Slug of(String value) {
        Objects.requireNonNull(value, "A slug is required.");
        if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new RoadmapRuleViolation("'" + value + "' is not a valid slug: use at most " + MAX_LENGTH
                    + " lower-case letters, digits and single hyphens, such as 'backstage' or 'platform-2024'.");
        }
        return new Slug(value);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Slug slug && value.equals(slug.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
