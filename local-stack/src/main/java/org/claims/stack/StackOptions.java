package org.claims.stack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Command line and environment of the launcher. */
record StackOptions(boolean seeds, boolean infraOnly, boolean trainArchives, Path dataDir, Path repo, String kafkaBootstrap,
                    String jdbcUrl, String dbUser, String dbPassword, String apiKey, boolean apiKeyGenerated,
                    List<String> javaOpts, Path feedsFile) {

    static final String USAGE = "usage: java -jar local-stack.jar [--no-seeds] [--data-dir DIR] [--repo DIR] [--infra-only] [--feeds FILE] [--train-class-archives]\n"
            + "  --no-seeds      do not post seeds/manifest.json (or .tsv) to the ingest service\n"
            + "  --data-dir DIR  Kafka logs, PostgreSQL cluster and service logs (default ./data)\n"
            + "  --repo DIR      repository root holding <service>/target/quarkus-app (default: from the jar location)\n"
            + "  --infra-only    start only Kafka and PostgreSQL (e.g. for ./mvnw quarkus:dev)\n"
            + "  --feeds FILE    subscribe the RSS/Atom feeds listed in FILE (one URL a line, # comments) at start\n"
            + "  --train-class-archives  start, post the seeds, read, stop: each service's app-cds.jsa then holds every\n"
            + "                  class its start and its work load (run by the package build; faster starts)\n"
            + "env: KAFKA_BOOTSTRAP_SERVERS, QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD (use external servers),\n"
            + "     INGEST_API_KEYS (first key used), CLAIMS_JAVA_OPTS (service JVM flags, default -XX:ReservedCodeCacheSize=64m\n"
            + "     -XX:TrimNativeHeapInterval=5000 where the JVM has it; -Xmx96m, query-service -Xmx64m unless -Xmx is given;\n"
            + "     ingest and query-service -XX:TieredStopAtLevel=1 unless a Tiered flag is given; the serial collector,\n"
            + "     query-service the parallel one, unless a -XX:+Use...GC flag is given)";

    static StackOptions parse(String[] args, Map<String, String> env) {
        boolean seeds = true;
        boolean infraOnly = false;
        boolean train = false;
        Path dataDir = Path.of("data");
        Path repo = null;
        Path feeds = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-seeds" -> seeds = false;
                case "--infra-only" -> infraOnly = true;
                case "--train-class-archives" -> train = true;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--repo" -> repo = Path.of(value(args, ++i, "--repo"));
                case "--feeds" -> feeds = Path.of(value(args, ++i, "--feeds")).toAbsolutePath().normalize();
                case "-h", "--help" -> throw new HelpRequested();
                default -> throw new StackException("unknown argument " + args[i] + "\n" + USAGE);
            }
        }
        repo = repo != null ? repo.toAbsolutePath().normalize() : locateRepo();
        String keys = blankToNull(env.get("INGEST_API_KEYS"));
        String key = keys == null ? null : blankToNull(keys.split(",")[0].trim());
        boolean generated = key == null;
        if (generated) {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            key = HexFormat.of().formatHex(bytes);
        }
        String opts = blankToNull(env.get("CLAIMS_JAVA_OPTS"));
        List<String> javaOpts = opts == null ? defaultJavaOpts()
                : new ArrayList<>(Arrays.asList(opts.trim().split("\\s+")));
        if (feeds != null && !Files.isRegularFile(feeds)) {
            throw new StackException("--feeds: " + feeds + " is not a file\n" + USAGE);
        }
        if (feeds != null && infraOnly) {
            throw new StackException("--feeds needs the services (not --infra-only)\n" + USAGE);
        }
        if (train && (infraOnly || !seeds)) {
            throw new StackException("--train-class-archives needs the services and the seeds\n" + USAGE);
        }
        // a training run never writes into servers named in the environment
        return new StackOptions(seeds, infraOnly, train, dataDir.toAbsolutePath().normalize(), repo,
                train ? null : blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                train ? null : blankToNull(env.get("QUARKUS_DATASOURCE_JDBC_URL")),
                env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "postgres"), key, generated, javaOpts,
                train ? null : feeds);
    }

    /**
     * A capped code cache (heaps and collectors are per service, {@link ServiceProcess#heap}); and, where the
     * JVM has it (17.0.9+), a periodic trim of glibc's heap: after a load, query-service kept ≈ 35 MB of freed
     * native memory (compiler arenas, JDBC and Kafka buffers) that {@code jcmd System.trim_native_heap} returned.
     */
    static List<String> defaultJavaOpts() {
        List<String> opts = new ArrayList<>(List.of("-XX:ReservedCodeCacheSize=64m")); // each service adds its collector
        try {
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("TrimNativeHeapInterval");
            opts.add("-XX:TrimNativeHeapInterval=5000");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // an older JVM: an unknown -XX flag would stop the services from starting
        }
        return List.copyOf(opts);
    }

    /** The INGEST_API_KEYS value handed to ingest-service: the user's list, or the generated key. */
    String apiKeysEnv(Map<String, String> env) {
        return apiKeyGenerated ? apiKey : env.get("INGEST_API_KEYS");
    }

    /** A training run takes free ports, so it can run (e.g. in the build) beside a stack already up. */
    int kafkaPort() {
        return trainArchives ? 0 : 9092;
    }

    int postgresPort() {
        return trainArchives ? 0 : 5432;
    }

    int servicePort(int usual) {
        return trainArchives ? org.claims.infra.Ports.freePort() : usual;
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** local-stack/target/local-stack.jar → ../.. ; target/classes (IDE, exec) → ../../..; else the working dir. */
    private static Path locateRepo() {
        try {
            Path self = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = self.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("ingest-service")) || Files.isDirectory(p.resolve("seeds"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of("").toAbsolutePath();
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new StackException(name + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** --help: print usage, exit 0. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
    }
}
