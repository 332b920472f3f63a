package org.claims.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Quarkus service run as a child JVM ({@code java -jar <service>/target/quarkus-app/quarkus-run.jar}). Public
 * because the system tests start services exactly as the launcher does.
 */
public final class ServiceProcess {
    /** The class-data archive next to the jar (written by the package build, see ClassArchiveTraining). */
    static final String ARCHIVE = "app-cds.jsa";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public final String name;
    public final int port;
    final Path jar;
    final Path log;
    /** -Xmx unless the flags name one. */
    final String heap;
    /** C1 only (-XX:TieredStopAtLevel=1) unless the flags say how to compile. */
    final boolean c1Only;
    /** -XX:+Use...GC unless the flags name a collector. */
    final String collector;
    private Process process;
    private volatile boolean stopping;

    public ServiceProcess(String name, int port, Path repo, Path logsDir) {
        this(name, port, repo, logsDir, "96m", false, "-XX:+UseSerialGC");
    }

    /** collector: the GC flag this service runs with unless the user's flags name one. */
    ServiceProcess(String name, int port, Path repo, Path logsDir, String heap, boolean c1Only, String collector) {
        this.name = name;
        this.heap = heap;
        this.collector = collector;
        this.c1Only = c1Only;
        this.port = port;
        this.jar = repo.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.log = logsDir.resolve(name + ".log");
    }

    /** The child's command line: java, heap, compiler and class archive flags, the jar. */
    List<String> command(List<String> javaOpts, boolean training) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (javaOpts.stream().noneMatch(o -> o.startsWith("-Xmx"))) {
            cmd.add("-Xmx" + heap);
        }
        if (c1Only && javaOpts.stream().noneMatch(o -> o.contains("Tiered"))) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        if (javaOpts.stream().noneMatch(o -> o.matches("-XX:[+]Use\\w+GC"))) {
            cmd.add(collector); // two collectors on one command line stop the JVM
        }
        cmd.addAll(javaOpts);
        // written by the package build next to the jar; -Xshare:auto (the default) ignores it if the JVM or jars differ
        boolean ownArchive = javaOpts.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        if (training) {
            cmd.addAll(ClassArchiveTraining.jvmFlags());
        } else if (!ownArchive && Files.isRegularFile(jar.resolveSibling(ARCHIVE))) {
            cmd.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        cmd.add("-jar");
        cmd.add(jar.toString());
        return cmd;
    }

    public void start(List<String> javaOpts, Map<String, String> env, boolean training) {
        List<String> cmd = command(javaOpts, training);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), e);
        }
        process.onExit().thenAccept(p -> {
            if (!stopping) {
                System.err.printf("%s exited unexpectedly (code %d), see %s%n", name, p.exitValue(), log);
            }
        });
    }

    /** Polls {@code /q/health/ready} until it answers 200; fails (with the log tail) on timeout or early exit. */
    public void awaitReady(long deadlineNanos) {
        URI uri = URI.create("http://localhost:" + port + "/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadlineNanos) {
            if (!process.isAlive()) {
                throw new StackException(name + " exited during startup (code " + process.exitValue() + "); last lines of "
                        + log + ":\n" + tail(20));
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + name);
            }
            sleep(250);
        }
        throw new StackException(name + " not ready on " + uri + " within 60 s; last lines of " + log + ":\n" + tail(20));
    }

    /** destroy (SIGTERM), wait up to 10 s, then destroyForcibly; the same for any descendants left behind. */
    public void stop() {
        stopping = true;
        if (process == null) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                System.err.println(name + " did not stop within 10 s, killing it");
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroy();
                child.onExit().completeOnTimeout(child, 2, TimeUnit.SECONDS).join();
                child.destroyForcibly();
            }
        }
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
