package org.claims.ingest.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.claims.common.ApiKeys;
import org.claims.common.Problem;
import org.claims.common.ProblemMappers;
import org.claims.ingest.config.IngestConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every write needs a bearer key from INGEST_API_KEYS; reads (health, OpenAPI) stay open. */
public class ApiKeyFilter {
    private final ApiKeys keys;

    public ApiKeyFilter(IngestConfig config) {
        this.keys = ApiKeys.parse(config.apiKeys().orElse(null));
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || keys.acceptsAuthorization(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return null;
        }
        String detail = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                ? "Missing 'Authorization: Bearer <key>' header"
                : "The API key is not valid";
        return ProblemMappers.respond(Problem.of(401, "unauthorized", "Unauthorized", detail, "Authorization"));
    }
}
