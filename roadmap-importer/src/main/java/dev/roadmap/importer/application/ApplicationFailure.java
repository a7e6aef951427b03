package dev.roadmap.importer.application;

/**
 * Why a use case did not happen, in words for the person who asked: nothing was stored. Each kind has its
 * own class, so that an entry point (a page, the API) maps it to its answer in one place.
 */
public abstract class ApplicationFailure extends RuntimeException {

    ApplicationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
