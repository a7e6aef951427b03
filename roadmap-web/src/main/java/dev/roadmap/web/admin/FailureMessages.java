package dev.roadmap.web.admin;

import dev.roadmap.importer.application.ApplicationFailure;
import dev.roadmap.importer.application.DatabaseUnavailable;
import dev.roadmap.importer.application.RoadmapNotFound;
import dev.roadmap.importer.application.RoadmapRuleBroken;
import dev.roadmap.web.Refusal;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Function;
import org.omnifaces.util.Messages;

/**
 * What a maintainer page says when a use case refused: the one place where the application's failures
 * become Faces answers. No such roadmap on a page's first look is the site's 404 page; on a post back it is
 * said above the form, as is a race lost or a document that cannot be read. A broken rule about one field is
 * said beside that field, where the page has one. A database that cannot be reached is the plain 503 page on
 * a first look; on a post back it is said above the form with a 503, and the form keeps what was typed (its
 * state is on the server), so saving again once the database is back stores it.
 */
final class FailureMessages {

    private static final String FIELD_IDS = FailureMessages.class.getName() + ".fieldIds";

    private FailureMessages() {
    }

    /** For the rest of this request, where the page types the field a rule is about ("title" → "item:title"). */
    static void placeFieldsWith(Function<String, Optional<String>> fieldIds) {
        FacesContext.getCurrentInstance().getAttributes().put(FIELD_IDS, fieldIds);
    }

    static void show(ApplicationFailure failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (failure instanceof RoadmapNotFound && !faces.isPostback()) {
            sendError(faces, 404, failure);
            return;
        }
        if (failure instanceof DatabaseUnavailable) {
            faces.getExternalContext().setResponseHeader("Retry-After",
                    String.valueOf(DatabaseUnavailable.TRY_AGAIN_AFTER.toSeconds()));
            if (!faces.isPostback()) {
                sendError(faces, 503, failure);
                return;
            }
            faces.getExternalContext().setResponseStatus(503);
        }
        String clientId = failure instanceof RoadmapRuleBroken broken ? broken.field().flatMap(FailureMessages::fieldId)
                .orElse(null) : null;
        Messages.addError(clientId, failure.getMessage());
    }

    private static void sendError(FacesContext faces, int status, ApplicationFailure failure) {
        Refusal.send(status, failure.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> fieldId(String field) {
        Object fieldIds = FacesContext.getCurrentInstance().getAttributes().get(FIELD_IDS);
        return fieldIds == null ? Optional.empty() : ((Function<String, Optional<String>>) fieldIds).apply(field);
    }
}
