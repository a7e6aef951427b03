package dev.roadmap.web.admin;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link FailureHandler} in front of Faces' own; registered in {@code faces-config.xml}. */
public class FailureHandlerFactory extends ExceptionHandlerFactory {

    public FailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FailureHandler(getWrapped().getExceptionHandler());
    }
}
