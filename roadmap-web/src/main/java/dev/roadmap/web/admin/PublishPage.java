package dev.roadmap.web.admin;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.importer.application.PublishService;
import dev.roadmap.importer.application.PublishService.PublishPreview;
import dev.roadmap.importer.application.RevertService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/publish.xhtml?roadmap=…}: what publishing the draft would change for the public, a
 * label and a note, and the next edition; below, the editions, any of which the draft can go back to. A
 * refusal is said by {@link FailureHandler}; the page shows the draft afresh either way.
 */
@Named
@ViewScoped
public class PublishPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublishService publishing;

    @Inject
    private RevertService reverting;

    private String slug;
    private long seenVersion;
    private transient PublishPreview preview;

    @NotBlank(message = "Give the edition a label, such as 2022-Q2.")
    @Size(max = Edition.MAX_LABEL_LENGTH, message = "A label is at most " + Edition.MAX_LABEL_LENGTH + " characters.")
    private String label;

    @Size(max = Limits.NOTE, message = "A note is at most " + Limits.NOTE + " characters.")
    private String note;

    /** Before the first render: the roadmap named by the address, or the site's 404 page. */
    public void load() {
        if (FirstLook.at(this::look)) {
            label = preview.defaultLabel();
        }
    }

    /** Looks at the draft afresh: what publishing would change, and the version that was seen. */
    private void look() {
        show();
        seenVersion = preview.draft().version();
    }

    private void show() {
        preview = publishing.preview(slug);
    }

    public void publish() {
        try {
            Edition edition = publishing.publishAsSeen(slug, seenVersion, label, note, me());
            Messages.addGlobalInfo("Published edition " + edition.number() + ": " + edition.label() + ".");
            note = null;
        } finally {
            look();
        }
    }

    public void revert(int edition) {
        try {
            reverting.revert(slug, seenVersion, edition, me());
            Messages.addGlobalInfo("The draft is now edition " + edition + " again. Publish it to show it to the public.");
        } finally {
            look();
        }
    }

    private String me() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public PublishPreview getPreview() {
        if (preview == null && slug != null) {
            show();
        }
        return preview;
    }

    public List<Edition> getEditions() {
        PublishPreview now = getPreview();
        return now == null ? List.of() : now.editions();
    }

    public String published(Edition edition) {
        return AdminTime.format(edition.publishedAt());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
