package dev.roadmap.web.admin;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.persistence.ConcurrentChanges;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the pages that edit a roadmap's draft share: the roadmap the address names (or the site's 404 page),
 * the version of the draft the maintainer is looking at, and one way to make a change: on a conflict with
 * another maintainer, the page shows the draft as it is now and says why nothing changed.
 */
abstract class DraftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoadmapEditing editing;

    String slug;
    long seenVersion;

    /** Not kept with the view: read again when a restored view asks for it. */
    private transient Roadmap draft;

    /** Before the first render: the draft, or 404 for an unknown roadmap. */
    public void load() throws IOException {
        FirstLook.at(() -> look(editing.draft(slug)));
    }

    /** Shows the draft as it is now, and remembers it and its version as the one seen. */
    final void look(Roadmap now) {
        draft = now;
        seenVersion = now.version();
        show(now);
    }

    /** What the page's forms show of the draft as it is now. */
    abstract void show(Roadmap now);

    /** The draft as last seen. */
    Roadmap draft() {
        if (draft == null && slug != null) {
            draft = editing.draft(slug);
        }
        return draft;
    }

    /** Runs a change of the draft; true when it was made. */
    boolean apply(Supplier<Roadmap> change, String done) {
        try {
            look(change.get());
            if (done != null) {
                PageMessages.info(done + " Publish to show it to the public.");
            }
            return true;
        } catch (RoadmapEditing.Conflict conflict) {
            afterConflict(conflict.now());
            PageMessages.error(conflict.getMessage());
        } catch (RoadmapRuleViolation refused) {
            // Beside the field the rule is about, where the form has one; above the form otherwise.
            FacesContext.getCurrentInstance().addMessage(refused.field().flatMap(this::fieldId).orElse(null),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        } catch (RuntimeException failed) {
            if (!ConcurrentChanges.causedBy(failed)) {
                throw failed;
            }
            afterConflict(editing.draft(slug));
            PageMessages.error("Someone else saved this roadmap at the same moment. Here it is "
                    + "as it is now; make your change again.");
        }
        return false;
    }

    /** The client id of the form field a domain rule's field ("title", "tags") is typed into, if the page has one. */
    Optional<String> fieldId(String field) {
        return Optional.empty();
    }

    /** After losing to another maintainer's change: show the draft as it is now. */
    void afterConflict(Roadmap now) {
        look(now);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
