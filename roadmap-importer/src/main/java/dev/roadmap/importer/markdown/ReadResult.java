package dev.roadmap.importer.markdown;

import dev.roadmap.domain.model.roadmap.Roadmap;
import java.util.Optional;

/** A read roadmap, absent when the document had errors, and the report of what reading found. */
public record ReadResult(Optional<Roadmap> roadmap, ImportReport report) {

    static ReadResult failed(ImportReport report) {
        return new ReadResult(Optional.empty(), report);
    }
}
