package dev.roadmap.web.site;

import dev.roadmap.domain.model.shared.Slug;
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

    /** An edition number as addresses write it: 1, 2 … (no sign, no leading zero, fits an int). */
    static final String EDITION_NUMBER_REGEX = "[1-9][0-9]{0,8}";

    private final Pattern form;
    private final boolean namesEdition;
    private final boolean namesItem;

    private PublicAddress(String suffixRegex, boolean namesEdition, boolean namesItem) {
        this.form = Pattern.compile("^/roadmaps/(?<slug>" + Slug.FORM_REGEX + ")" + suffixRegex + "$");
        this.namesEdition = namesEdition;
        this.namesItem = namesItem;
    }

    /** An address of the form {@code /roadmaps/{slug}} followed by the given literal text. */
    static PublicAddress endingWith(String suffix) {
        return new PublicAddress(Pattern.quote(suffix), false, false);
    }

    /** {@code /roadmaps/{slug}}, with or without a closing slash. */
    static PublicAddress roadmap() {
        return new PublicAddress("/?", false, false);
    }

    /** {@code /roadmaps/{slug}/editions/{n}}. */
    static PublicAddress edition() {
        return new PublicAddress("/editions/(?<edition>" + EDITION_NUMBER_REGEX + ")/?", true, false);
    }

    /** {@code /roadmaps/{slug}/items/{anchor}}; the anchor is percent-decoded, as an anchor may be any letter. */
    static PublicAddress item() {
        return new PublicAddress("/items/(?<item>[^/]+)/?", false, true);
    }

    Optional<String> slugOf(HttpServletRequest request) {
        return match(request).map(Match::slug);
    }

    Optional<Match> match(HttpServletRequest request) {
        return match(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The match of an address within the portal, as sent (percent-encoded). */
    Optional<Match> match(String path) {
        Matcher address = form.matcher(path);
        if (!address.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Match(address.group("slug"),
                namesEdition ? Optional.of(Integer.parseInt(address.group("edition"))) : Optional.empty(),
                namesItem ? Optional.of(percentDecoded(address.group("item"))) : Optional.empty()));
    }

    private static String percentDecoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
