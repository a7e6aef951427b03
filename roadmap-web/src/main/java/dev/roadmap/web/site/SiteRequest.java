package dev.roadmap.web.site;

import dev.roadmap.web.Refusal;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Optional;

/** What a public page's backing bean needs of the request: the address's roadmap and edition, and a way to refuse. */
final class SiteRequest {

    private SiteRequest() {
    }

    /** The roadmap the address names, as {@link SitePages} found it. */
    static Optional<String> slug() {
        return Optional.ofNullable(attribute(SitePages.SLUG)).map(Object::toString);
    }

    /** The edition number the address names, if it names one. */
    static Optional<Integer> edition() {
        return Optional.ofNullable((Integer) attribute(SitePages.EDITION));
    }

    /** The item's anchor the address names, if it names one. */
    static Optional<String> item() {
        return Optional.ofNullable(attribute(SitePages.ITEM)).map(Object::toString);
    }

    /** A value of the address's query. */
    static Optional<String> parameter(String name) {
        return Optional.ofNullable(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name));
    }

    /** Answers with an error page in the site's template instead of rendering the view. */
    static void refuse(int status, String message) throws IOException {
        Refusal.send(status, message);
    }

    private static Object attribute(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(name);
    }
}
