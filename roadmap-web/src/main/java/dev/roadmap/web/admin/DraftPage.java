package dev.roadmap.web.admin;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.importer.application.DraftChangedMeanwhile;
import dev.roadmap.importer.application.DraftEditingService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;

/**
 * What the pages that edit a roadmap's draft share: the roadmap the address names (or the site's 404 page),
 * the version of the draft the maintainer is looking at, and one way to make a change: on a conflict with
 * another maintainer, the page shows the draft as it is now and says why nothing changed. Other refusals
 * (a rule broken) go to {@link FailureHandler}, which says them beside the field the page names.
 */
abstract class DraftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftEditingService editing;

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
        FailureMessages.placeFieldsWith(this::fieldId);
        try {
            look(change.get());
        } catch (DraftChangedMeanwhile changed) {
            afterConflict(changed.now().orElseGet(() -> editing.draft(slug)));
            FailureMessages.show(changed);
            return false;
        }
        if (done != null) {
            Messages.addGlobalInfo(done + " Publish to show it to the public.");
        }
        return true;
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
