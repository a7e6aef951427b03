package dev.roadmap.web.admin;

import dev.roadmap.domain.model.roadmap.Description;
import dev.roadmap.domain.model.roadmap.HorizonKind;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.Title;
import dev.roadmap.importer.markdown.InlineText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/edit.xhtml?roadmap=…}: the draft's title and description; its horizons: add, rename,
 * reorder, remove when empty; its items: add, reorder (buttons, so the keyboard does it, or drag and drop), delete after a
 * confirmation. Every change names the version
 * the maintainer saw; if someone saved in between, the page says so and shows the draft as it is now.
 */
@Named
@ViewScoped
public class EditorPage extends DraftPage {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "A roadmap needs a title.")
    @Size(max = Title.MAX_LENGTH, message = "A title is at most " + Title.MAX_LENGTH + " characters.")
    private String title;

    @Size(max = Description.MAX_LENGTH, message = "A description is at most " + Description.MAX_LENGTH + " characters.")
    private String description;

    @Size(max = PlanningPeriod.MAX_TEXT_LENGTH, message = "A period is at most " + PlanningPeriod.MAX_TEXT_LENGTH
            + " characters, such as 2022-Q2.")
    private String period;

    /** New items' titles, by horizon key: one small form per horizon. */
    private final Map<String, String> newItems = new HashMap<>();
    private final Confirmation itemDeletion = new Confirmation();
    private final Confirmation horizonRemoval = new Confirmation();
    private final Map<String, String> horizonTitles = new HashMap<>();
    private String newHorizonTitle;
    private HorizonKind newHorizonKind = HorizonKind.LATER;
    private String draggedOrder;
    private final MoveFocus moveFocus = new MoveFocus();

    @Override
    void show(Roadmap now) {
        moveFocus.forget();
        title = now.title();
        description = now.description();
        period = now.period().map(PlanningPeriod::text).orElse("");
        horizonTitles.clear();
        now.horizons().forEach(horizon -> horizonTitles.put(horizon.key(), horizon.title()));
    }

    public void saveDetails() {
        String typedTitle = title;
        String typedDescription = description;
        String typedPeriod = period;
        if (!apply(() -> editing.describe(slug, seenVersion, title, description, period), "Saved the title, description and period.")) {
            // The draft as it is now is shown; what was typed stays in the form, to save again knowingly.
            title = typedTitle;
            description = typedDescription;
            period = typedPeriod;
        }
    }

    public void addItem(String horizonKey) {
        String itemTitle = newItems.getOrDefault(horizonKey, "");
        if (itemTitle.isBlank()) {
            Messages.addGlobalError("Give the new item a title.");
            return;
        }
        if (apply(() -> editing.addItem(slug, seenVersion, horizonKey, itemTitle.strip()), "Added “" + itemTitle.strip() + "”.")) {
            newItems.remove(horizonKey);
        }
    }

    public void up(String anchor) {
        if (apply(() -> editing.shiftItem(slug, seenVersion, anchor, -1), null)) {
            moveFocus.moved("item:" + anchor, -1);
        }
    }

    public void down(String anchor) {
        if (apply(() -> editing.shiftItem(slug, seenVersion, anchor, 1), null)) {
            moveFocus.moved("item:" + anchor, 1);
        }
    }

    public void addHorizon() {
        if (newHorizonTitle == null || newHorizonTitle.isBlank()) {
            Messages.addGlobalError("Give the new horizon a title, such as “Next quarter”.");
            return;
        }
        if (apply(() -> editing.addHorizon(slug, seenVersion, newHorizonTitle.strip(), newHorizonKind),
                "Added the horizon “" + newHorizonTitle.strip() + "”.")) {
            newHorizonTitle = null;
        }
    }

    public void renameHorizon(String key) {
        String renamed = horizonTitles.getOrDefault(key, "");
        if (renamed.isBlank()) {
            Messages.addGlobalError("A horizon needs a title.");
            return;
        }
        apply(() -> editing.renameHorizon(slug, seenVersion, key, renamed.strip()), "Renamed the horizon.");
    }

    public void askToRemoveHorizon(String key) {
        moveFocus.forget();
        horizonRemoval.ask(key);
    }

    public void removeHorizon() {
        horizonRemoval.confirmed().ifPresent(key ->
                apply(() -> editing.removeHorizon(slug, seenVersion, key), "Removed the horizon."));
    }

    public void horizonUp(String key) {
        if (apply(() -> editing.shiftHorizon(slug, seenVersion, key, -1), null)) {
            moveFocus.moved("horizon:" + key, -1);
        }
    }

    public void horizonDown(String key) {
        if (apply(() -> editing.shiftHorizon(slug, seenVersion, key, 1), null)) {
            moveFocus.moved("horizon:" + key, 1);
        }
    }

    /** The order a drag and drop left a horizon's items in: "horizon-key:anchor,anchor,…". */
    public void saveDraggedOrder() {
        int colon = draggedOrder == null ? -1 : draggedOrder.indexOf(':');
        if (colon < 1) {
            return;
        }
        String horizonKey = draggedOrder.substring(0, colon);
        List<String> anchors = Arrays.stream(draggedOrder.substring(colon + 1).split(",")).filter(a -> !a.isBlank()).toList();
        draggedOrder = null;
        apply(() -> editing.orderItems(slug, seenVersion, horizonKey, anchors), "Saved the new order.");
    }

    public void askToDelete(String anchor) {
        moveFocus.forget();
        itemDeletion.ask(anchor);
    }

    public void delete() {
        itemDeletion.confirmed().ifPresent(anchor ->
                apply(() -> editing.removeItem(slug, seenVersion, anchor), "Deleted the item from the draft."));
    }

    public Roadmap getRoadmap() {
        return draft();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    /** A title as the public reads it, without its Markdown: for the list and the buttons' spoken names. */
    public String plain(String inlineMarkdown) {
        return InlineText.ofMarkdown(inlineMarkdown);
    }

    public MoveFocus getMoveFocus() {
        return moveFocus;
    }

    public Confirmation getHorizonRemoval() {
        return horizonRemoval;
    }

    public Map<String, String> getNewItems() {
        return newItems;
    }

    public Map<String, String> getHorizonTitles() {
        return horizonTitles;
    }

    public String getNewHorizonTitle() {
        return newHorizonTitle;
    }

    public void setNewHorizonTitle(String newHorizonTitle) {
        this.newHorizonTitle = newHorizonTitle;
    }

    public HorizonKind getNewHorizonKind() {
        return newHorizonKind;
    }

    public void setNewHorizonKind(HorizonKind newHorizonKind) {
        this.newHorizonKind = newHorizonKind;
    }

    public HorizonKind[] getHorizonKinds() {
        return HorizonKind.values();
    }

    public String getDraggedOrder() {
        return draggedOrder;
    }

    public void setDraggedOrder(String draggedOrder) {
        this.draggedOrder = draggedOrder;
    }

    public Confirmation getItemDeletion() {
        return itemDeletion;
    }
}
