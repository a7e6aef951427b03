package dev.roadmap.domain.model;

import java.util.List;
import java.util.Optional;

/** Where the audit trail is kept: entries are only ever added. */
public interface AuditTrail {

    /** Which entries a reader wants; an empty criterion matches every entry. */
    record Filter(Optional<String> actor, Optional<String> roadmapSlug, Optional<AuditEntry.Action> action) {

        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    void add(AuditEntry entry);

    /** The newest entries the filter matches, at most {@code limit}. */
    List<AuditEntry> find(Filter filter, int limit);
}
