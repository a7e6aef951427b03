package dev.roadmap.web.admin;

import dev.roadmap.domain.model.audit.AuditEntry;
import dev.roadmap.domain.model.audit.AuditEntry.Action;
import dev.roadmap.domain.model.audit.AuditTrail;
import dev.roadmap.domain.model.audit.AuditTrail.Filter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Backs {@code /admin/audit.xhtml}: the newest entries of the audit trail, filtered by who, which roadmap
 * and what ({@code ?actor=…&roadmap=…&action=…}, a plain GET form, so a filtered view can be linked).
 */
@Named
@RequestScoped
public class AuditPage {

    static final int SHOWN = 200;

    @Inject
    private AuditTrail audit;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            Optional<Action> action = parameter("action").flatMap(name -> Arrays.stream(Action.values())
                    .filter(a -> a.name().equals(name)).findFirst());
            entries = audit.find(new Filter(parameter("actor"), parameter("roadmap"), action), SHOWN);
        }
        return entries;
    }

    public String when(AuditEntry entry) {
        return AdminTime.format(entry.at());
    }

    /** An action in words: "edition published". */
    public String words(Action action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Action[] getActions() {
        return Action.values();
    }

    public int getShown() {
        return SHOWN;
    }

    private static Optional<String> parameter(String name) {
        return Optional.ofNullable(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name))
                .map(String::strip).filter(value -> !value.isEmpty());
    }
}
