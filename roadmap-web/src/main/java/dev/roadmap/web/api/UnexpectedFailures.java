package dev.roadmap.web.api;

import dev.roadmap.importer.application.DatabaseUnavailable;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the API answers for a fault that is no use case's named failure: a lost database connection, thrown
 * by JPA or the transaction manager on a read, is the 503 of {@link DatabaseUnavailable}; anything else is a
 * JSON 500, logged with its cause, where the container would have sent its HTML error page. JAX-RS' own
 * answers (404 for an unknown address, 405, 415…) go out as they are.
 */
@Provider
public class UnexpectedFailures implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

    @Override
    public Response toResponse(RuntimeException thrown) {
        if (thrown instanceof WebApplicationException answered) {
            return answered.getResponse();
        }
        return DatabaseUnavailable.in(thrown).map(new FailureResponses()::toResponse).orElseGet(() -> {
            LOG.log(Level.SEVERE, "An API request failed", thrown);
            return RoadmapResource.error(500, "The portal could not answer this request.");
        });
    }
}
