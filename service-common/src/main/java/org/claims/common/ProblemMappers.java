package org.claims.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become responses: every failure is problem+json naming what is wrong, and nothing
 * internal (stack trace, SQL, class names) ever reaches the client.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return respond(JsonProblems.of(e));
    }

    /** Quarkus ships its own mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        return respond(JsonProblems.of(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return respond(Problem.of(404, "not-found", "Not found", "No resource at this path", null));
        }
        if (e instanceof NotSupportedException) {
            return respond(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "This endpoint does not accept that Content-Type", "Content-Type"));
        }
        if (e instanceof NotAllowedException) {
            return respond(Problem.of(405, "method-not-allowed", "Method not allowed", "This path does not accept that method", null));
        }
        if (e instanceof NotAcceptableException) {
            return respond(Problem.of(406, "not-acceptable", "Not acceptable", "This endpoint cannot produce the requested type", "Accept"));
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(Problem.of(status, "http-" + status, reason, reason, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected error while serving a request", e);
        return respond(Problem.of(500, "internal-error", "Internal error", "The server could not complete the request", null));
    }
}
