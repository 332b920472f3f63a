package org.claims.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides whether the test resources use Testcontainers (a Docker engine is reachable) or the embedded servers.
 * Override with system property {@code claims.test.infra} or env {@code CLAIMS_TEST_INFRA}: {@code embedded}
 * or {@code containers}. Without any hint of a Docker engine (no DOCKER_HOST, no socket, no
 * ~/.testcontainers.properties) Testcontainers is not even asked, which keeps its noisy probing out of the logs.
 */
public final class Docker {
    private static Boolean available;

    private Docker() {
    }

    public static synchronized boolean useContainers() {
        if (available == null) {
            available = decide();
        }
        return available;
    }

    private static boolean decide() {
        String mode = System.getProperty("claims.test.infra", System.getenv().getOrDefault("CLAIMS_TEST_INFRA", "auto"));
        if ("embedded".equalsIgnoreCase(mode)) {
            return false;
        }
        boolean forced = "containers".equalsIgnoreCase(mode);
        if (!forced && !hintOfDocker()) {
            return false;
        }
        try {
            boolean ok = org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            if (!ok && forced) {
                throw new IllegalStateException("claims.test.infra=containers but no Docker engine is available");
            }
            return ok;
        } catch (LinkageError e) {
            if (forced) {
                throw new IllegalStateException("claims.test.infra=containers but Testcontainers is not on the classpath", e);
            }
            return false;
        }
    }

    private static boolean hintOfDocker() {
        String home = System.getProperty("user.home", "");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || (runtime != null && Files.exists(Path.of(runtime, "docker.sock")));
    }
}
