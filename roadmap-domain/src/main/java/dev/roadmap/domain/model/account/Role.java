package dev.roadmap.domain.model.account;

import java.util.Locale;

/** What an account may do in the maintainer UI. */
public enum Role {
    /** Everything, including accounts. */
    ADMIN,
    /** Roadmaps: edit, import, publish. */
    EDITOR;

    /** The name Jakarta Security knows the role by: "admin", "editor". */
    public String securityName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
