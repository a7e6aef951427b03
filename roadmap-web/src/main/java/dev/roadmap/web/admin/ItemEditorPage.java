package dev.roadmap.web.admin;

import dev.roadmap.domain.model.roadmap.Anchor;
import dev.roadmap.domain.model.roadmap.Area;
import dev.roadmap.domain.model.roadmap.ItemStatus;
import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import dev.roadmap.domain.model.roadmap.Title;
import dev.roadmap.importer.application.ItemDraft;
import dev.roadmap.importer.application.RoadmapNotFound;
import dev.roadmap.web.rendering.MarkdownHtml;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /admin/item.xhtml?roadmap=…&anchor=…}: one item's title, summary, text (with a preview as the
 * public will see it), status, target, tags, area and horizon. If someone else saved the item after this form
 * was opened, saving stops, shows their version beside the form, and keeps what was typed.
 */
@Named
@ViewScoped
public class ItemEditorPage extends DraftPage {

    private static final long serialVersionUID = 1L;
    private static final MarkdownHtml HTML = new MarkdownHtml();

    private String anchor;
    private ItemDraft seen;
    private ItemDraft theirs;
    /** The horizons an item can move to, as values: a view's state travels with the session to another node. */
    private List<HorizonChoice> horizons;

    public record HorizonChoice(String key, String title) implements Serializable {
    }

    @NotBlank(message = "An item needs a title.")
    @Size(max = Title.MAX_LENGTH, message = "A title is at most " + Title.MAX_LENGTH + " characters.")
    private String title;

    @Size(max = Limits.SUMMARY, message = "A summary is at most " + Limits.SUMMARY + " characters.")
    private String summary;

    private String body;

    @NotNull(message = "Choose a status.")
    private ItemStatus status;

    @Size(max = Limits.TARGET, message = "A target is at most " + Limits.TARGET + " characters, such as 2022-Q3.")
    private String target;

    @Size(max = Limits.TAGS_TYPED, message = "At most " + Limits.TAGS_TYPED + " characters of tags.")
    private String tags;

    @Size(max = Area.MAX_LENGTH, message = "An area's name is at most " + Area.MAX_LENGTH + " characters.")
    private String area;

    private String horizonKey;

    @Override
    public void load() throws IOException {
        FirstLook.at(() -> {
            Roadmap roadmap = editing.draft(slug);
            if (!hasItem(roadmap, anchor)) {
                throw new RoadmapNotFound("The draft of '" + slug + "' has no item '" + anchor + "'.");
            }
            look(roadmap);
            fill(seen);
        });
    }

    /** A string that cannot be an anchor names no item: that is a 404 like any other unknown item, not a broken rule. */
    private static boolean hasItem(Roadmap roadmap, String anchor) {
        try {
            return roadmap.findItem(Anchor.of(anchor)).isPresent();
        } catch (RoadmapRuleViolation notAnAnchor) {
            return false;
        }
    }

    /** The draft as it is now: its horizons and this item as stored, which the next save compares with. */
    @Override
    void show(Roadmap now) {
        horizons = now.horizons().stream().map(h -> new HorizonChoice(h.key(), h.title())).toList();
        now.findItem(Anchor.of(anchor)).map(ItemDraft::of).ifPresent(item -> seen = item);
    }

    @Override
    Optional<String> fieldId(String field) {
        return switch (field) {
            case "title" -> Optional.of("item:title");
            case "tags" -> Optional.of("item:tags");
            case "area" -> Optional.of("item:area");
            default -> Optional.empty();
        };
    }

    /** Their version beside the form; what was typed stays in it, and the next save knowingly replaces theirs. */
    @Override
    void afterConflict(Roadmap now) {
        look(now);
        theirs = now.findItem(Anchor.of(anchor)).map(ItemDraft::of).orElse(null);
    }

    private void fill(ItemDraft item) {
        title = item.title();
        summary = item.summary();
        body = item.body();
        status = item.status();
        target = item.target();
        tags = item.tags();
        area = item.area();
        horizonKey = item.horizonKey();
    }

    private ItemDraft typed() {
        return new ItemDraft(title, summary == null ? "" : summary, body == null ? "" : body, status, target, tags,
                area, horizonKey);
    }

    /** Shows the text as the public page will, without saving. */
    public void preview() {
        // the page renders the preview of what is in the form
    }

    public void save() {
        if (apply(() -> editing.saveItem(slug, seenVersion, anchor, seen, typed()), "Saved.")) {
            theirs = null;
        }
    }

    /** The summary and text in the form, rendered and sanitised as the public page will show them. */
    public String getPreviewHtml() {
        return HTML.block((summary == null || summary.isBlank() ? "" : summary + "\n\n") + (body == null ? "" : body));
    }

    public ItemDraft getTheirs() {
        return theirs;
    }

    public List<HorizonChoice> getHorizons() {
        return horizons;
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public String getAnchor() {
        return anchor;
    }

    public void setAnchor(String anchor) {
        this.anchor = anchor;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getHorizonKey() {
        return horizonKey;
    }

    public void setHorizonKey(String horizonKey) {
        this.horizonKey = horizonKey;
    }
}
