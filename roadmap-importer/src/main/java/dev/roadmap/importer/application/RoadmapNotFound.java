package dev.roadmap.importer.application;

/** There is no such roadmap, edition or item; the message names what was looked for. */
public class RoadmapNotFound extends ApplicationFailure {

    public RoadmapNotFound(String message) {
        super(message, null);
    }
}
