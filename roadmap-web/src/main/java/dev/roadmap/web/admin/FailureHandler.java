package dev.roadmap.web.admin;

import dev.roadmap.importer.application.ApplicationFailure;
import dev.roadmap.importer.application.DatabaseUnavailable;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;

/**
 * Faces' handler for what a page's action or first look threw: a failure of a use case is answered by
 * {@link FailureMessages} and the page renders again; so is a lost database connection, whichever layer it
 * surfaced in. A form whose view state has expired gets the {@link ExpiredForm} page. Anything else goes on to the
 * default handling (the error pages).
 */
public class FailureHandler extends ExceptionHandlerWrapper {

    FailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
        while (queued.hasNext()) {
            Throwable thrown = queued.next().getContext().getException();
            if (ExpiredForm.in(thrown)) {
                queued.remove();
                ExpiredForm.answer();
                continue;
            }
            Optional<ApplicationFailure> failure = failureIn(thrown);
            if (failure.isPresent()) {
                queued.remove();
                FailureMessages.show(failure.get());
            }
        }
        getWrapped().handle();
    }

    /** Faces wraps what an action threw (in a FacesException, an ELException): the failure is among the causes. */
    private static Optional<ApplicationFailure> failureIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApplicationFailure failure) {
                return Optional.of(failure);
            }
        }
        return DatabaseUnavailable.in(thrown).map(ApplicationFailure.class::cast);
    }
}
