package org.claims.query.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.claims.common.ApiKeys;
import org.claims.common.Problem;
import org.claims.common.ProblemMappers;
import org.claims.query.config.QueryConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When QUERY_API_KEYS is set, every read under /api needs a bearer key; the page, health, metrics and OpenAPI stay
 * open. EventSource cannot send headers, so the live stream alone also takes the key as {@code ?key=}.
 */
public class ApiKeyFilter {
    private final ApiKeys keys;

    public ApiKeyFilter(QueryConfig config) {
        this.keys = ApiKeys.parse(config.apiKeys().orElse(null));
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (keys.isEmpty() || !path.startsWith("/api/") || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (keys.acceptsAuthorization(header)) {
            return null;
        }
        String key = request.getUriInfo().getQueryParameters().getFirst("key");
        if (path.equals("/api/claims/stream") && key != null && keys.acceptsAuthorization("Bearer " + key)) {
            return null;
        }
        String detail = header == null ? "Missing 'Authorization: Bearer <key>' header" : "The API key is not valid";
        return ProblemMappers.respond(Problem.of(401, "unauthorized", "Unauthorized", detail, "Authorization"));
    }
}
