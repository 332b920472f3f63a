package org.claims.query.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.claims.common.Problem;
import org.claims.common.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL text cannot hold a NUL character, so a query parameter or path carrying one (%00) could only fail in
 * the database; it is refused here as the client's error, naming the parameter.
 */
public class NulParameters {
    private static final String NUL = "\u0000";

    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().contains(NUL)) {
            return bad("path", "The path must not contain a NUL character");
        }
        for (Map.Entry<String, List<String>> p : request.getUriInfo().getQueryParameters().entrySet()) {
            if (p.getValue().stream().anyMatch(v -> v.contains(NUL))) {
                return bad(p.getKey(), "Parameter '" + p.getKey() + "' must not contain a NUL character");
            }
        }
        return null;
    }

    private static Response bad(String field, String detail) {
        return ProblemMappers.respond(Problem.of(400, "invalid-request", "Invalid request", detail, field));
    }
}
