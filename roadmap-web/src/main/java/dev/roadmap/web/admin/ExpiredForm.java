package dev.roadmap.web.admin;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A form posted with a view state its session does not hold: the page was open past the session, the maintainer
 * signed in again since, or the state was made up. Nothing was changed; the answer is the "this form has expired"
 * page, with 400, rendered in place as a Faces view. Left to the container, the exception's error page came with a
 * 500 and an error logged, for what is an everyday event.
 */
final class ExpiredForm {

    static final String PAGE = "/WEB-INF/errors/expired.xhtml";

    private ExpiredForm() {
    }

    static boolean in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    static void answer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(400);
        UIViewRoot page = faces.getApplication().getViewHandler().createView(faces, PAGE);
        faces.setViewRoot(page);
        faces.getPartialViewContext().setRenderAll(true);
        faces.renderResponse();
    }
}
