package dev.roadmap.web.site;

import dev.roadmap.domain.model.Slug;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The roadmap a public address names: {@code /roadmaps/{slug}} followed by what the page adds. */
final class PublicAddress {

    private final Pattern form;

    private PublicAddress(String suffix) {
        this.form = Pattern.compile("^/roadmaps/(" + Slug.FORM_REGEX + ")" + suffix + "$");
    }

    /** An address of the form {@code /roadmaps/{slug}} followed by the given literal text. */
    static PublicAddress endingWith(String suffix) {
        return new PublicAddress(Pattern.quote(suffix));
    }

    /** {@code /roadmaps/{slug}}, with or without a closing slash. */
    static PublicAddress roadmap() {
        return new PublicAddress("/?");
    }

    Optional<String> slugOf(HttpServletRequest request) {
        Matcher address = form.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return address.matches() ? Optional.of(address.group(1)) : Optional.empty();
    }
}
