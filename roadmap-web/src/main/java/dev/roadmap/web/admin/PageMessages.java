package dev.roadmap.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** What a maintainer page says above its form: a change made, or why not. */
final class PageMessages {

    private PageMessages() {
    }

    static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
