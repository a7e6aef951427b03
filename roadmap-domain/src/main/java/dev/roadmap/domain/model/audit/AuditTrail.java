package dev.roadmap.domain.model.audit;

import java.util.List;
import java.util.Optional;

/** Where the audit trail is kept: entries are only ever added. */
public interface AuditTrail {

    /** Which entries a reader wants; an empty criterion matches every entry. */
    record Filter(Optional<String> actor, Optional<String> roadmapSlug, Optional<AuditEntry.Action> action) {
    }

    void add(AuditEntry entry);

    /** The newest entries the filter matches, at most {@code limit}. */
    List<AuditEntry> find(Filter filter, int limit);
}
