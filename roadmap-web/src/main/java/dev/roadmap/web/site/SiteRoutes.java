package dev.roadmap.web.site;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of roadmap page under {@code /roadmaps/{slug}}: the addresses each answers, the view that renders it, and
 * whether it is the same for everyone until the next edition (a diff depends on its query, so it is rendered each
 * time). {@link SitePages} serves them; {@link EdgeEntrance} finds the cached ones for the runnable jar's edge.
 */
final class SiteRoutes {

    record Route(PublicAddress address, String view, String name, boolean cached) {
    }

    /** A route and what its address named. */
    record Routed(Route route, PublicAddress.Match match) {

        /** The name the page is cached under within its edition: the kind, and the edition or item it shows. */
        String pageName() {
            return route.name() + match.edition().map(n -> "-" + n).orElse("") + match.item().map(a -> "-" + a).orElse("");
        }
    }

    private static final List<Route> ROUTES = List.of(
            new Route(PublicAddress.roadmap(), "/roadmap.xhtml", "document", true),
            new Route(PublicAddress.endingWith("/board"), "/board.xhtml", "board", true),
            new Route(PublicAddress.item(), "/item.xhtml", "item", true),
            new Route(PublicAddress.endingWith("/editions"), "/editions.xhtml", "editions", true),
            new Route(PublicAddress.edition(), "/roadmap.xhtml", "edition", true),
            new Route(PublicAddress.endingWith("/diff"), "/diff.xhtml", "diff", false));

    private SiteRoutes() {
    }

    /** The route of an address within the portal, as sent (percent-encoded), if it is a roadmap page's. */
    static Optional<Routed> find(String path) {
        if (!path.startsWith("/roadmaps/")) {
            return Optional.empty();
        }
        for (Route route : ROUTES) {
            Optional<PublicAddress.Match> match = route.address().match(path);
            if (match.isPresent()) {
                return Optional.of(new Routed(route, match.get()));
            }
        }
        return Optional.empty();
    }
}
