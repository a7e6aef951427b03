package dev.roadmap.importer.json;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.Horizon;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapItem;
import dev.roadmap.domain.model.roadmap.Section;
import dev.roadmap.importer.markdown.ImportReport;
import dev.roadmap.importer.markdown.InlineText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The roadmap model as JSON: {@code slug}, {@code title}, {@code description}, {@code period},
 * {@code horizons} with their {@code items} (a plain {@code title}, the {@code titleMarkdown} with its links, the
 * {@code area} or null), {@code sections}, and the reader's {@code report}.
 */
public final class RoadmapJson {

    private RoadmapJson() {
    }

    /** The roadmap and what reading it reported, as the command line's {@code parse} prints it. */
    public static JsonObject of(Roadmap roadmap, ImportReport report) {
        return Json.createObjectBuilder(of(roadmap)).add("report", report(report)).build();
    }

    /** The roadmap alone, as the API serves published content. */
    public static JsonObject of(Roadmap roadmap) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("slug", roadmap.slug().value())
                .add("title", roadmap.title())
                .add("description", roadmap.description())
                .add("period", roadmap.period().<JsonValue>map(RoadmapJson::period).orElse(JsonValue.NULL));
        JsonArrayBuilder horizons = Json.createArrayBuilder();
        roadmap.horizons().forEach(h -> horizons.add(horizon(roadmap, h)));
        JsonArrayBuilder sections = Json.createArrayBuilder();
        roadmap.sections().forEach(s -> sections.add(section(s)));
        return json.add("horizons", horizons).add("sections", sections).build();
    }

    public static JsonArrayBuilder report(ImportReport report) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        report.entries().forEach(e -> entries.add(Json.createObjectBuilder()
                .add("line", e.line()).add("severity", e.severity().label()).add("message", e.message())));
        return entries;
    }

    private static JsonObject period(PlanningPeriod period) {
        return Json.createObjectBuilder()
                .add("text", period.text())
                .add("quarter", period.quarterLabel().<JsonValue>map(Json::createValue).orElse(JsonValue.NULL))
                .build();
    }

    private static JsonObject horizon(Roadmap roadmap, Horizon horizon) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        roadmap.itemsIn(horizon.key()).forEach(i -> items.add(item(i)));
        return Json.createObjectBuilder().add("key", horizon.key()).add("title", horizon.title())
                .add("kind", horizon.kind().name()).add("items", items).build();
    }

    private static JsonObject item(RoadmapItem item) {
        JsonArrayBuilder aliases = Json.createArrayBuilder();
        item.aliases().stream().map(Anchor::value).forEach(aliases::add);
        return Json.createObjectBuilder().add("anchor", item.anchor().value()).add("aliases", aliases)
                .add("title", InlineText.ofMarkdown(item.title())).add("titleMarkdown", item.title())
                .add("area", item.area().<JsonValue>map(Json::createValue).orElse(JsonValue.NULL))
                .add("summary", item.summary()).add("status", item.status().name())
                .add("body", item.body()).build();
    }

    private static JsonObject section(Section section) {
        return Json.createObjectBuilder().add("title", section.title()).add("body", section.body()).build();
    }
}
