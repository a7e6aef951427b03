package dev.roadmap.web.api;

import dev.roadmap.importer.application.PublishedRoadmap;
import dev.roadmap.importer.markdown.InlineText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * A published edition as the API serves it: {@code slug}, {@code title}, {@code description},
 * {@code period}, {@code horizons} with their {@code items}, {@code sections}; the same fields, in the same
 * order, as the command line's {@code parse} prints for a document (see {@code RoadmapJson}).
 */
final class PublishedRoadmapJson {

    private PublishedRoadmapJson() {
    }

    static JsonObjectBuilder of(PublishedRoadmap roadmap) {
        JsonArrayBuilder horizons = Json.createArrayBuilder();
        roadmap.horizons().forEach(h -> horizons.add(horizon(h)));
        JsonArrayBuilder sections = Json.createArrayBuilder();
        roadmap.sections().forEach(s -> sections.add(Json.createObjectBuilder().add("title", s.title())
                .add("body", s.body())));
        return Json.createObjectBuilder().add("slug", roadmap.slug()).add("title", roadmap.title())
                .add("description", roadmap.description())
                .add("period", roadmap.period().<JsonValue>map(PublishedRoadmapJson::period).orElse(JsonValue.NULL))
                .add("horizons", horizons).add("sections", sections);
    }

    private static JsonObject period(PublishedRoadmap.Period period) {
        return Json.createObjectBuilder().add("text", period.text())
                .add("quarter", period.quarter().<JsonValue>map(Json::createValue).orElse(JsonValue.NULL)).build();
    }

    private static JsonObject horizon(PublishedRoadmap.Horizon horizon) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        horizon.items().forEach(item -> items.add(Json.createObjectBuilder().add("anchor", item.anchor())
                .add("aliases", Json.createArrayBuilder(item.aliases())).add("title", InlineText.ofMarkdown(item.title()))
                .add("titleMarkdown", item.title())
                .add("area", item.area().isEmpty() ? JsonValue.NULL : Json.createValue(item.area()))
                .add("summary", item.summary()).add("status", item.status().name()).add("body", item.body())));
        return Json.createObjectBuilder().add("key", horizon.key()).add("title", horizon.title())
                .add("kind", horizon.kind().name()).add("items", items).build();
    }
}
