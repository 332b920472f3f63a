package org.claims.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.claims.infra.Ports;

/** {@code java -jar local-stack/target/local-stack.jar}: Kafka + PostgreSQL + the three services + seeds. */
public final class LocalStack {
    private final StackOptions options;
    private final Map<String, String> env;
    private final Infra infra = new Infra();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean shuttingDown;

    private LocalStack(StackOptions options, Map<String, String> env) {
        this.options = options;
        this.env = env;
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        LocalStack stack = null;
        try {
            StackOptions options = StackOptions.parse(args, System.getenv());
            StackLogging.toFile(options.logsDir());
            stack = new LocalStack(options, System.getenv());
            stack.run(t0);
            if (options.trainArchives()) {
                stack.shutdown();
                int promoted = ClassArchiveTraining.dumpArchives(stack.services);
                System.exit(promoted == stack.services.size() ? 0 : 1);
            }
        } catch (StackOptions.HelpRequested e) {
            System.out.println(StackOptions.USAGE);
            return;
        } catch (StackException e) {
            System.err.println("local-stack: " + e.getMessage());
            if (stack != null) {
                stack.shutdown();
            }
            System.exit(1);
        }
        stack.awaitShutdown();
    }

    private void run(long t0) {
        if (!options.infraOnly()) {
            // query-service's live set after a read load over 100 k claims was ≈ 30 MB; a smaller heap keeps its RSS
            // (class metadata of Hibernate, Flyway, Agroal and Narayana on top) under 300 MB. ingest and query-service
            // run framework code (HTTP, Kafka, JDBC, JSON) that C1 compiles well enough, and C2 compiling it took half
            // their CPU in a burst on a fresh stack (docs/performance.md, "Burst drain"); the engine keeps C2.
            // query-service runs the parallel collector: with the serial one, the old generation of its 64 MB heap
            // filled with promoted answers and a full collection (70-120 ms) landed in every 200 reads at 1 M claims;
            // the parallel one's adaptive survivor spaces ran none in 3,000 reads (docs/performance.md, "Collector").
            String[][] table = {{"ingest-service", "8081", "96m", "c1", "-XX:+UseSerialGC"},
                {"extract-service", "8082", "96m", "c2", "-XX:+UseSerialGC"},
                {"query-service", "8083", "64m", "c1", "-XX:+UseParallelGC"}};
            for (String[] s : table) {
                services.add(new ServiceProcess(s[0], options.servicePort(Integer.parseInt(s[1])), options.repo(),
                        options.logsDir(), s[2], "c1".equals(s[3]), s[4]));
            }
            preflight();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "local-stack-stop"));
        infra.startKafka(options);
        infra.startPostgres(options);
        if (!options.infraOnly()) {
            startServices();
            if (options.seeds()) {
                System.out.println("Seeds from " + options.repo().resolve("seeds") + ":");
                SeedLoader.load(options.repo().resolve("seeds"), "http://localhost:" + services.get(0).port + "/api/articles",
                        options.apiKey());
            }
            if (options.feedsFile() != null) {
                System.out.println("Feeds from " + options.feedsFile() + ":");
                FeedSubscriber.subscribe(options.feedsFile(), "http://localhost:" + services.get(0).port + "/api/feeds",
                        options.apiKey());
            }
            if (options.trainArchives()) {
                ClassArchiveTraining.exercise(services.get(0).port, services.get(1).port, services.get(2).port, options.apiKey());
                return;
            }
        }
        Banner.print(options, infra, services, Infra.ms(t0));
    }

    /** Everything that can be checked before starting anything: jars built, ports free. */
    private void preflight() {
        for (ServiceProcess s : services) {
            if (!Files.isRegularFile(s.jar)) {
                throw new StackException(s.jar + " is missing: run ./mvnw install -DskipTests first (in " + options.repo() + ")");
            }
        }
        for (ServiceProcess s : services) {
            if (!Ports.isFree(s.port)) {
                throw new StackException(s.name + ": port " + s.port + " is already in use (ss -ltnp | grep :" + s.port + ")");
            }
        }
        if (options.kafkaBootstrap() == null && options.kafkaPort() != 0 && !Ports.isFree(options.kafkaPort())) {
            throw new StackException("Kafka: port " + options.kafkaPort() + " is already in use; stop whatever listens there "
                    + "(ss -ltnp | grep :" + options.kafkaPort() + ") or set KAFKA_BOOTSTRAP_SERVERS to use that cluster");
        }
    }

    private void startServices() {
        try {
            Files.createDirectories(options.logsDir());
        } catch (IOException e) {
            throw new StackException("cannot create " + options.logsDir() + ": " + e.getMessage(), e);
        }
        for (ServiceProcess s : services) {
            Map<String, String> childEnv = new HashMap<>();
            childEnv.put("KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers);
            // glibc's per-thread malloc arenas would otherwise hold tens of MB per JVM that small heaps never need
            childEnv.put("MALLOC_ARENA_MAX", env.getOrDefault("MALLOC_ARENA_MAX", "2"));
            if (s.name.equals("ingest-service")) {
                childEnv.put("INGEST_API_KEYS", options.apiKeysEnv(env));
            }
            if (s.name.equals("query-service")) {
                childEnv.put("QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl);
                childEnv.put("QUARKUS_DATASOURCE_USERNAME", infra.dbUser);
                childEnv.put("QUARKUS_DATASOURCE_PASSWORD", infra.dbPassword);
            }
            s.start(options.javaOpts(), childEnv, options.trainArchives());
            System.out.printf("%s: starting on http://localhost:%d (pid %d), log %s%n", s.name, s.port, s.pid(), s.log);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (ServiceProcess s : services) {
            s.awaitReady(deadline);
            System.out.println(s.name + ": ready");
        }
    }

    private void awaitShutdown() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Children first (in parallel), then Kafka, then PostgreSQL. Idempotent. */
    private synchronized void shutdown() {
        if (shuttingDown) {
            return;
        }
        shuttingDown = true;
        boolean anything = infra.started() || services.stream().anyMatch(s -> s.pid() > 0);
        if (anything) {
            System.out.println("Stopping the local stack...");
        }
        services.parallelStream().forEach(ServiceProcess::stop);
        infra.stop();
        if (anything) {
            System.out.println("Stopped.");
        }
        stopped.countDown();
    }
}
