package dev.roadmap.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page's refusal (400, 404, 503) answered by the container's error page, with the sentence that says why.
 * The sentence travels as a request attribute, not only as the servlet error message: the container encodes that
 * message as HTML on its way to the error page, and the page escaped it again, so "item's" showed as
 * "item&amp;amp;#39&amp;#59;s". The error pages show {@link #MESSAGE}, escaped once by Facelets like any text.
 */
public final class Refusal {

    /** The request attribute the error pages read: {@code #{requestScope['dev.roadmap.web.Refusal.message']}}. */
    public static final String MESSAGE = Refusal.class.getName() + ".message";

    private Refusal() {
    }

    /** Ends this Faces request with {@code status} and the container's error page, which says {@code message}. */
    public static void send(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getRequestMap().put(MESSAGE, message);
        try {
            faces.getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
