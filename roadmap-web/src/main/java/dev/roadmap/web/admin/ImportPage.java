package dev.roadmap.web.admin;

import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.importer.application.ImportService;
import dev.roadmap.importer.application.ImportService.ImportPreview;
import dev.roadmap.importer.markdown.InlineText;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /admin/import.xhtml}: a Markdown document, uploaded or pasted, is first previewed (the
 * importer's report, the items it found, what would change) and stored only on confirmation, exactly as
 * previewed. A refusal (a document that cannot be read, a draft changed since the preview) is said by
 * {@link FailureHandler}.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ImportService imports;

    @NotNull(message = "Name the roadmap, such as backstage.")
    @Pattern(regexp = Slug.FORM_REGEX, message = "A roadmap's name is lower-case letters and digits joined by dashes, such as backstage.")
    private String slug;

    private String pasted;
    private transient Part upload;

    /** The document previewed, kept so that confirming stores exactly what was seen, on the draft it was compared with. */
    private byte[] previewed;
    private Long previewedVersion;
    private transient ImportPreview preview;

    public void preview() throws IOException {
        byte[] document = upload != null && upload.getSize() > 0 ? read(upload)
                : (pasted == null ? "" : pasted).getBytes(StandardCharsets.UTF_8);
        preview = imports.preview(slug, document);
        previewed = document;
        previewedVersion = preview.draftVersion().orElse(null);
    }

    public void confirm() throws IOException {
        if (previewed == null) {
            Messages.addGlobalError("Preview the document first.");
            return;
        }
        imports.importAsPreviewed(slug, previewed, Optional.ofNullable(previewedVersion),
                FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/?imported=" + slug);
    }

    /** Back to the form, keeping what was typed. */
    public void change() {
        preview = null;
        previewed = null;
    }

    private static byte[] read(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    /** The report's lines, as the command line prints them. */
    public List<String> getReport() {
        return preview == null ? List.of() : preview.read().report().entries().stream()
                .map(entry -> entry.format(slug + ".md")).toList();
    }

    /** A horizon of the document and the titles of the items the importer found in it. */
    public record FoundHorizon(String title, List<String> items) {
    }

    public List<FoundHorizon> getFound() {
        return preview == null ? List.of() : preview.read().roadmap().map(roadmap -> roadmap.horizons().stream()
                .map(horizon -> new FoundHorizon(InlineText.ofMarkdown(horizon.title()), roadmap.itemsIn(horizon.key())
                        .stream().map(item -> InlineText.ofMarkdown(item.title())).toList())).toList())
                .orElse(List.of());
    }

    public boolean isImportable() {
        return preview != null && !preview.read().report().hasErrors();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
