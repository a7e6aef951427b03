package dev.roadmap.web.admin;

import dev.roadmap.domain.model.Roadmap;
import dev.roadmap.domain.model.RoadmapRuleViolation;
import dev.roadmap.domain.model.Section;
import dev.roadmap.domain.persistence.ConcurrentChanges;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs {@code /admin/sections.xhtml?roadmap=…}: the prose of the draft around its horizons (an
 * introduction, "How to influence the roadmap"): edit, add at the end, remove after a confirmation.
 */
@Named
@ViewScoped
public class SectionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RoadmapEditing editing;

    private String slug;
    private long seenVersion;
    private transient Roadmap roadmap;
    private final Map<Integer, String> titles = new HashMap<>();
    private final Map<Integer, String> bodies = new HashMap<>();
    private String newTitle;
    private String newBody;
    private Integer confirmingRemoval;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(editing.draft(slug));
        } catch (RoadmapRuleViolation unknown) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, unknown.getMessage());
            faces.responseComplete();
        }
    }

    private void show(Roadmap now) {
        roadmap = now;
        seenVersion = now.version();
        titles.clear();
        bodies.clear();
        for (Section section : now.sections()) {
            titles.put(section.position(), section.title());
            bodies.put(section.position(), section.body());
        }
    }

    public void save(int position) {
        apply(() -> editing.editSection(slug, seenVersion, position, titles.get(position), bodies.get(position)),
                "Saved the section.");
    }

    public void add() {
        if ((newTitle == null || newTitle.isBlank()) && (newBody == null || newBody.isBlank())) {
            message(FacesMessage.SEVERITY_ERROR, "Write a title or some text for the new section.");
            return;
        }
        if (apply(() -> editing.addSection(slug, seenVersion, newTitle, newBody), "Added the section at the end.")) {
            newTitle = null;
            newBody = null;
        }
    }

    public void askToRemove(int position) {
        confirmingRemoval = position;
    }

    public void keep() {
        confirmingRemoval = null;
    }

    public void remove() {
        int position = confirmingRemoval;
        confirmingRemoval = null;
        apply(() -> editing.removeSection(slug, seenVersion, position), "Removed the section.");
    }

    private boolean apply(Supplier<Roadmap> change, String done) {
        try {
            show(change.get());
            message(FacesMessage.SEVERITY_INFO, done + " Publish to show it to the public.");
            return true;
        } catch (RoadmapEditing.Conflict conflict) {
            show(editing.draft(slug));
            message(FacesMessage.SEVERITY_ERROR, conflict.getMessage());
        } catch (RoadmapRuleViolation refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (RuntimeException failed) {
            if (!ConcurrentChanges.causedBy(failed)) {
                throw failed;
            }
            show(editing.draft(slug));
            message(FacesMessage.SEVERITY_ERROR, "Someone else saved this roadmap at the same moment. Here it is "
                    + "as it is now; make your change again.");
        }
        return false;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<Section> getSections() {
        if (roadmap == null && slug != null) {
            roadmap = editing.draft(slug);
        }
        return roadmap == null ? List.of() : roadmap.sections();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Map<Integer, String> getTitles() {
        return titles;
    }

    public Map<Integer, String> getBodies() {
        return bodies;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewBody() {
        return newBody;
    }

    public void setNewBody(String newBody) {
        this.newBody = newBody;
    }

    public Integer getConfirmingRemoval() {
        return confirmingRemoval;
    }
}
