package dev.roadmap.web.admin;

import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.persistence.ConcurrentChanges;
import dev.roadmap.web.admin.Drafts.PublishPreview;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /admin/publish.xhtml?roadmap=…}: what publishing the draft would change for the public, a
 * label and a note, and the next edition; below, the editions, any of which the draft can go back to.
 */
@Named
@ViewScoped
public class PublishPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Drafts drafts;

    @Inject
    private transient SecurityContext security;

    private String slug;
    private long seenVersion;
    private transient PublishPreview preview;

    @NotBlank(message = "Give the edition a label, such as 2022-Q2.")
    @Size(max = Edition.MAX_LABEL_LENGTH, message = "A label is at most " + Edition.MAX_LABEL_LENGTH + " characters.")
    private String label;

    @Size(max = Limits.NOTE, message = "A note is at most " + Limits.NOTE + " characters.")
    private String note;

    /** Before the first render: the roadmap named by the address, or the site's 404 page. */
    public void load() throws IOException {
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
        preview = drafts.previewPublish(slug);
    }

    public void publish() {
        try {
            Edition edition = drafts.publish(slug, seenVersion, label, note, me());
            PageMessages.info("Published edition " + edition.number() + ": " + edition.label() + ".");
            note = null;
        } catch (RoadmapRuleViolation refused) {
            PageMessages.error(refused.getMessage());
        } catch (RuntimeException failed) {
            refuseRace(failed);
        }
        look();
    }

    public void revert(int edition) {
        try {
            drafts.revert(slug, seenVersion, edition, me());
            PageMessages.info("The draft is now edition " + edition + " again. Publish it to show it to the public.");
        } catch (RoadmapRuleViolation refused) {
            PageMessages.error(refused.getMessage());
        } catch (RuntimeException failed) {
            refuseRace(failed);
        }
        look();
    }

    /** A change that lost a race with another maintainer's: nothing happened, and the page shows the draft anew. */
    private static void refuseRace(RuntimeException failed) {
        if (!ConcurrentChanges.causedBy(failed)) {
            throw failed;
        }
        PageMessages.error("Someone changed the draft at the same moment; nothing happened. Look at it again.");
    }

    private String me() {
        return security.getCallerPrincipal().getName();
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
