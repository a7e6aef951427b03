package dev.roadmap.web.site;

import dev.roadmap.domain.model.Slug;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roadmap a public address names: {@code /roadmaps/{slug}} followed by what the page adds, perhaps
 * an edition number ({@code /roadmaps/{slug}/editions/{n}}).
 */
final class PublicAddress {

    /** A roadmap and, where the address has one, an edition number. */
    record Match(String slug, Optional<Integer> edition) {
    }

    private final Pattern form;

    private PublicAddress(String suffixRegex) {
        this.form = Pattern.compile("^/roadmaps/(" + Slug.FORM_REGEX + ")" + suffixRegex + "$");
    }

    /** An address of the form {@code /roadmaps/{slug}} followed by the given literal text. */
    static PublicAddress endingWith(String suffix) {
        return new PublicAddress(Pattern.quote(suffix));
    }

    /** {@code /roadmaps/{slug}}, with or without a closing slash. */
    static PublicAddress roadmap() {
        return new PublicAddress("/?");
    }

    /** {@code /roadmaps/{slug}/editions/{n}}. */
    static PublicAddress edition() {
        return new PublicAddress("/editions/([1-9][0-9]{0,8})/?");
    }

    Optional<String> slugOf(HttpServletRequest request) {
        return match(request).map(Match::slug);
    }

    Optional<Match> match(HttpServletRequest request) {
        Matcher address = form.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!address.matches()) {
            return Optional.empty();
        }
        Optional<Integer> edition = address.groupCount() > 1 ? Optional.of(Integer.parseInt(address.group(2)))
                : Optional.empty();
        return Optional.of(new Match(address.group(1), edition));
    }
}
