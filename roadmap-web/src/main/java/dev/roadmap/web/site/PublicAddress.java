package dev.roadmap.web.site;

import dev.roadmap.domain.model.Slug;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roadmap a public address names: {@code /roadmaps/{slug}} followed by what the page adds, perhaps
 * an edition number ({@code /roadmaps/{slug}/editions/{n}}) or an item's anchor
 * ({@code /roadmaps/{slug}/items/{anchor}}).
 */
final class PublicAddress {

    /** A roadmap and, where the address has them, an edition number or an item's anchor. */
    record Match(String slug, Optional<Integer> edition, Optional<String> item) {
    }

    private final Pattern form;

    private PublicAddress(String suffixRegex) {
        this.form = Pattern.compile("^/roadmaps/(?<slug>" + Slug.FORM_REGEX + ")" + suffixRegex + "$");
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
        return new PublicAddress("/editions/(?<edition>[1-9][0-9]{0,8})/?");
    }

    /** {@code /roadmaps/{slug}/items/{anchor}}; the anchor is percent-decoded, as an anchor may be any letter. */
    static PublicAddress item() {
        return new PublicAddress("/items/(?<item>[^/]+)/?");
    }

    Optional<String> slugOf(HttpServletRequest request) {
        return match(request).map(Match::slug);
    }

    Optional<Match> match(HttpServletRequest request) {
        Matcher address = form.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!address.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Match(address.group("slug"),
                group(address, "edition").map(Integer::parseInt),
                group(address, "item").map(PublicAddress::percentDecoded)));
    }

    private Optional<String> group(Matcher address, String name) {
        return form.pattern().contains("(?<" + name + ">") ? Optional.of(address.group(name)) : Optional.empty();
    }

    private static String percentDecoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
