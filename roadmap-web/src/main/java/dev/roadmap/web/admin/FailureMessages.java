package dev.roadmap.web.admin;

import dev.roadmap.importer.application.ApplicationFailure;
import dev.roadmap.importer.application.RoadmapNotFound;
import dev.roadmap.importer.application.RoadmapRuleBroken;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.omnifaces.util.Messages;

/**
 * What a maintainer page says when a use case refused: the one place where the application's failures
 * become Faces answers. No such roadmap on a page's first look is the site's 404 page; on a post back it is
 * said above the form, as is a race lost or a document that cannot be read. A broken rule about one field is
 * said beside that field, where the page has one.
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
            try {
                faces.getExternalContext().responseSendError(404, failure.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        String clientId = failure instanceof RoadmapRuleBroken broken ? broken.field().flatMap(FailureMessages::fieldId)
                .orElse(null) : null;
        Messages.addError(clientId, failure.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> fieldId(String field) {
        Object fieldIds = FacesContext.getCurrentInstance().getAttributes().get(FIELD_IDS);
        return fieldIds == null ? Optional.empty() : ((Function<String, Optional<String>>) fieldIds).apply(field);
    }
}
