package org.claims.ingest.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.claims.common.ApiKeys;
import org.claims.common.Problem;
import org.claims.common.ProblemMappers;
import org.claims.ingest.config.IngestConfig;
import org.claims.ingest.domain.RateLimiter;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every write needs a bearer key from INGEST_API_KEYS (reads such as health and OpenAPI stay open), and
 * writes beyond the configured rate get 429 before any body is read.
 */
public class ApiKeyFilter {
    private final ApiKeys keys;
    private final RateLimiter limiter;

    public ApiKeyFilter(IngestConfig config) {
        this.keys = ApiKeys.parse(config.apiKeys().orElse(null));
        this.limiter = new RateLimiter(config.rateLimit(), config.rateBurst());
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) && !HttpMethod.DELETE.equals(request.getMethod())) {
            return null;
        }
        if (keys.acceptsAuthorization(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            if (limiter.tryAcquire()) {
                return null;
            }
            return Response.fromResponse(ProblemMappers.respond(Problem.of(429, "rate-limited", "Too many requests",
                    "This instance accepts at most its configured rate of writes; retry shortly", null)))
                    .header("Retry-After", "1").build();
        }
        String detail = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                ? "Missing 'Authorization: Bearer <key>' header"
                : "The API key is not valid";
        return ProblemMappers.respond(Problem.of(401, "unauthorized", "Unauthorized", detail, "Authorization"));
    }
}
