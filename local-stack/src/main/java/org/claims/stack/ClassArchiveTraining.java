package org.claims.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code --train-class-archives}: the class-data archive Quarkus writes at package time only holds the classes
 * loaded before the application connects to anything, so Hibernate's session factory, Flyway, the Kafka
 * clients and the PostgreSQL driver (≈ 7,000 classes in query-service) were still parsed and verified at every
 * start. Here each service runs its real start and a short real workload while the JVM lists every class it
 * loads; a static archive is then dumped from that list and replaces {@code app-cds.jsa} next to the jar, which
 * {@link ServiceProcess} maps on the next start.
 *
 * <p>Static rather than a dynamic {@code -XX:ArchiveClassesAtExit} archive: JDK 17 crashes when a JVMTI
 * class-file hook (JFR, any Java agent) is active and an archived class came from a multi-release jar's
 * {@code META-INF/versions}; a class list can leave those classes out ({@link ClassList}).
 */
final class ClassArchiveTraining {
    static final String CLASS_LIST = "app-cds.classlist";
    private static final String TRAINING_SUFFIX = ".training";
    private static final String TRAINED_ARCHIVE = ServiceProcess.ARCHIVE + TRAINING_SUFFIX;
    private static final String DUMP_LOG = "app-cds.dump.log";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<String> READS = List.of("/api/claims?size=20", "/api/claims?measure=present&size=50",
            "/api/claims?q=soldats&size=5", "/api/dashboard/summary", "/api/dashboard/series", "/api/dashboard/timeline",
            "/api/dashboard/disagreements", "/api/claims?from=not-a-date", "/api/articles/unknown", "/", "/q/openapi",
            "/q/health", "/q/metrics");

    private ClassArchiveTraining() {
    }

    /** JVM flags of a training start: no archive (so the JDK's own classes are listed too), list what loads. */
    static List<String> jvmFlags() {
        return List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + CLASS_LIST);
    }

    /** After the seeds: waits until claims are readable, then walks every read path and some error paths. */
    static void exercise(int ingest, int extract, int query, String apiKey) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!body(get("http://localhost:" + query + "/api/claims?size=1")).contains("\"claimId\"")) {
            if (System.nanoTime() > deadline) {
                throw new StackException("training: no claim reached query-service within 60 s");
            }
            pause();
        }
        for (String path : READS) {
            get("http://localhost:" + query + path);
        }
        readLiveFeed("http://localhost:" + query + "/api/claims/stream");
        for (int port : new int[] {ingest, extract}) {
            get("http://localhost:" + port + "/q/openapi");
            get("http://localhost:" + port + "/q/metrics");
        }
        post("http://localhost:" + extract + "/api/extract",
                "{\"language\":\"en\",\"body\":\"About 3,000 troops, the ministry said.\"}", "");
        post("http://localhost:" + ingest + "/api/articles", "{\"body\":", apiKey);
        post("http://localhost:" + ingest + "/api/articles/batch",
                "{\"body\":\"Plus de 200 morts selon l'ONU.\",\"language\":\"fr\"}\n", apiKey);
        System.out.println("training: workload done");
    }

    /**
     * Dumps one archive per service (in parallel) from its filtered class list and moves it over app-cds.jsa;
     * a service whose dump fails keeps its previous archive.
     * @return how many services got a new archive
     */
    static int dumpArchives(List<ServiceProcess> services) {
        List<Process> dumps = new ArrayList<>();
        for (ServiceProcess s : services) {
            dumps.add(startDump(s));
        }
        int done = 0;
        for (int i = 0; i < services.size(); i++) {
            done += finishDump(services.get(i), dumps.get(i)) ? 1 : 0;
        }
        return done;
    }

    private static Process startDump(ServiceProcess s) {
        Path dir = s.jar.getParent();
        try {
            Path filtered = dir.resolve(CLASS_LIST + TRAINING_SUFFIX);
            int dropped = ClassList.writeWithoutVersionedClasses(dir.resolve(CLASS_LIST), dir, filtered);
            System.out.printf("training: %s class list written, %d multi-release classes left out%n", s.name, dropped);
            return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + filtered.getFileName(),
                    "-XX:SharedArchiveFile=" + TRAINED_ARCHIVE, "-jar", s.jar.getFileName().toString())
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(DUMP_LOG).toFile()).start();
        } catch (IOException e) {
            System.out.println("training: " + s.name + ": " + e.getMessage());
            return null;
        }
    }

    private static boolean finishDump(ServiceProcess s, Process dump) {
        Path dir = s.jar.getParent();
        Path trained = dir.resolve(TRAINED_ARCHIVE);
        try {
            if (dump == null || !dump.waitFor(3, TimeUnit.MINUTES) || dump.exitValue() != 0 || !Files.isRegularFile(trained)) {
                System.out.println("training: " + s.name + ": no archive dumped (see " + dir.resolve(DUMP_LOG)
                        + "); keeping the previous one");
                return false;
            }
            Path archive = dir.resolve(ServiceProcess.ARCHIVE);
            Files.move(trained, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("training: %s archive %d MB%n", s.name, Files.size(archive) >> 20);
            return true;
        } catch (IOException e) {
            System.out.println("training: cannot install the archive of " + s.name + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("training interrupted");
        } finally {
            if (dump != null) {
                dump.destroyForcibly();
            }
            for (String leftover : new String[] {CLASS_LIST, CLASS_LIST + TRAINING_SUFFIX, TRAINED_ARCHIVE}) {
                try {
                    Files.deleteIfExists(dir.resolve(leftover));
                } catch (IOException ignored) {
                    // a stale temporary file is harmless: the next training overwrites it
                }
            }
        }
    }

    /** The live feed replays the stored claims at once, then stays open: read its start, then let it go. */
    private static void readLiveFeed(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Last-Event-ID", "0").timeout(Duration.ofSeconds(5)).build();
        CompletableFuture<Void> read = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenAccept(response -> {
                    try (InputStream body = response.body()) {
                        body.readNBytes(512);
                    } catch (IOException e) {
                        // the classes are loaded either way
                    }
                });
        try {
            read.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            read.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("training interrupted");
        }
    }

    private static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static void post(String url, String json, String apiKey) {
        String type = url.endsWith("/batch") ? "application/x-ndjson" : "application/json";
        send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", "Bearer " + apiKey).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("training interrupted");
        }
    }

    private static String body(HttpResponse<String> response) {
        return response == null || response.statusCode() != 200 ? "" : response.body();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("training interrupted");
        }
    }
}
