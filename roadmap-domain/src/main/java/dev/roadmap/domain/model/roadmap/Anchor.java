package dev.roadmap.domain.model.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The fragment a roadmap document links an item by, as in {@code #search-1.0}. Anchors written by hand
 * may hold dots and underscores; {@link #fromHeading(String)} makes one the way GitHub and Docusaurus do
 * from a heading's text.
 */
@Embeddable
public class Anchor {

    public static final int MAX_LENGTH = 200;
    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");
    private static final Pattern NOT_KEPT_IN_HEADING_ANCHOR = Pattern.compile("[^\\p{L}\\p{N}_\\- ]");

    @Column(name = "anchor", nullable = false, length = MAX_LENGTH)
    private String value;

    protected Anchor() {
        // for JPA
    }

    private Anchor(String value) {
        this.value = value;
    }

    public static Anchor of(String value) {
        Objects.requireNonNull(value, "An anchor is required.");
        if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new RoadmapRuleViolation("'" + value + "' is not a valid anchor: use at most " + MAX_LENGTH
                    + " letters, digits, hyphens, dots and underscores, such as 'search-1.0'.");
        }
        return new Anchor(value);
    }

    /**
     * The anchor GitHub's and Docusaurus' slugger give a heading: lower case, punctuation dropped, each
     * space a hyphen ("Backstage Search 1.0" becomes {@code backstage-search-10}).
     */
    public static Anchor fromHeading(String heading) {
        Objects.requireNonNull(heading, "A heading is required.");
        String text = Normalizer.normalize(heading.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String slug = NOT_KEPT_IN_HEADING_ANCHOR.matcher(text).replaceAll("").replace(' ', '-');
        if (slug.isEmpty()) {
            throw new RoadmapRuleViolation("The heading '" + heading + "' has no letters or digits to make an anchor from.");
        }
        return of(slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Anchor anchor && value.equals(anchor.value);
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
