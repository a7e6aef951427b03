package dev.roadmap.web.site;

import dev.roadmap.web.site.RoadmapDocument.Item;
import dev.roadmap.web.site.RoadmapDocument.Part;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The roadmap and board pages' filters ({@code ?horizon=…&status=…&tag=…&area=…}): an empty value lets every
 * item through. A horizon, tag or area must be one the roadmap has, and a status one an item can have, so a mistyped
 * address says so instead of showing nothing.
 */
public record ItemFilter(String horizon, String status, String tag, String area) {

    public static final ItemFilter NONE = new ItemFilter("", "", "", "");

    /** The query parameters a filter reads: a page asked for with any of them is not the cached one. */
    static final List<String> PARAMETERS = List.of("horizon", "status", "tag", "area");

    /** A parameter that names no horizon, status, tag or area of the roadmap. */
    public static final class Unknown extends Exception {
        Unknown(String message) {
            super(message);
        }
    }

    /** The filter the request's parameters ask for, checked against what the document has. */
    static ItemFilter read(Function<String, Optional<String>> parameter, RoadmapDocument document) throws Unknown {
        String horizon = value(parameter, "horizon");
        String status = value(parameter, "status");
        String tag = value(parameter, "tag");
        String area = value(parameter, "area");
        if (!horizon.isEmpty() && document.horizons().stream().noneMatch(part -> part.anchor().equals(horizon))) {
            throw new Unknown("This roadmap has no horizon called “" + shown(horizon) + "”.");
        }
        if (!status.isEmpty() && !RoadmapDocument.STATUSES.contains(status)) {
            throw new Unknown("An item's status is " + String.join(", ", RoadmapDocument.STATUSES) + ", not “"
                    + shown(status) + "”.");
        }
        if (!tag.isEmpty() && !document.tags().contains(tag)) {
            throw new Unknown("No item of this roadmap is tagged “" + shown(tag) + "”.");
        }
        if (!area.isEmpty() && !document.areas().contains(area)) {
            throw new Unknown("No item of this roadmap is in the area “" + shown(area) + "”.");
        }
        return new ItemFilter(horizon, status, tag, area);
    }

    private static String value(Function<String, Optional<String>> parameter, String name) {
        return parameter.apply(name).map(String::strip).orElse("");
    }

    /** A value as an error message repeats it: short, whatever was sent. */
    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    public boolean isEmpty() {
        return horizon.isEmpty() && status.isEmpty() && tag.isEmpty() && area.isEmpty();
    }

    boolean lets(Part horizonPart, Item item) {
        return (horizon.isEmpty() || horizon.equals(horizonPart.anchor()))
                && (status.isEmpty() || status.equals(item.status()))
                && (tag.isEmpty() || item.tags().contains(tag))
                && (area.isEmpty() || area.equals(item.area()));
    }
}
