package org.claims.query.rest;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.claims.common.Problem;
import org.claims.common.ProblemMappers;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A read the database cannot serve now (down, or every connection busy under load) is a 503 the client may
 * retry, not a 500; the SQL and driver message stay in the log.
 */
public class DatabaseProblems {
    private static final Logger LOG = Logger.getLogger(DatabaseProblems.class);

    @ServerExceptionMapper
    public Response unavailable(PersistenceException e) {
        LOG.warnf("Read failed in the database: %s", e.getMessage());
        return Response.fromResponse(ProblemMappers.respond(Problem.of(503, "database-unavailable",
                "Database unavailable", "The claims database cannot answer right now; retry shortly", null)))
                .header("Retry-After", "1").build();
    }
}
