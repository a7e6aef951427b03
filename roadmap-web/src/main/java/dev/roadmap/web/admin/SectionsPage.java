package dev.roadmap.web.admin;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.Section;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/sections.xhtml?roadmap=…}: the prose of the draft around its horizons (an
 * introduction, "How to influence the roadmap"): edit, add at the end, remove after a confirmation.
 */
@Named
@ViewScoped
public class SectionsPage extends DraftPage {

    private static final long serialVersionUID = 1L;

    private final Map<Integer, String> titles = new HashMap<>();
    private final Map<Integer, String> bodies = new HashMap<>();
    private String newTitle;
    private String newBody;
    private final Confirmation removal = new Confirmation();


    @Override
    void show(Roadmap now) {
        titles.clear();
        bodies.clear();
        for (Section section : now.sections()) {
            titles.put(section.position(), section.title());
            bodies.put(section.position(), section.body());
        }
    }

    public void save(int position) {
        String typedTitle = titles.get(position);
        String typedBody = bodies.get(position);
        if (!apply(() -> editing.editSection(slug, seenVersion, position, typedTitle, typedBody), "Saved the section.")) {
            // The draft as it is now is shown; what was typed stays in this section's fields, to save again.
            titles.put(position, typedTitle);
            bodies.put(position, typedBody);
        }
    }

    public void add() {
        if ((newTitle == null || newTitle.isBlank()) && (newBody == null || newBody.isBlank())) {
            Messages.addGlobalError("Write a title or some text for the new section.");
            return;
        }
        if (apply(() -> editing.addSection(slug, seenVersion, newTitle, newBody), "Added the section at the end.")) {
            newTitle = null;
            newBody = null;
        }
    }

    public void askToRemove(int position) {
        removal.ask(position);
    }

    public void remove() {
        removal.confirmed().map(Integer::parseInt).ifPresent(position ->
                apply(() -> editing.removeSection(slug, seenVersion, position), "Removed the section."));
    }


    public List<Section> getSections() {
        Roadmap draft = draft();
        return draft == null ? List.of() : draft.sections();
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

    public Confirmation getRemoval() {
        return removal;
    }
}
