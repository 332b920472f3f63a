package org.claims.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claims.infra.Ports;

/** The packaged launcher run exactly as a user runs it: {@code java -jar local-stack/target/local-stack.jar}. */
final class StackProcess implements AutoCloseable {
    static final List<Integer> PORTS = List.of(9092, 8081, 8082, 8083);
    final Path repo = Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
    final Path dataDir;
    final Path console;
    private final Process process;

    StackProcess(Path dataDir, Map<String, String> env, String... args) throws IOException {
        for (int port : PORTS) {
            assertThat(Ports.isFree(port)).as("port %d must be free for the end-to-end test", port).isTrue();
        }
        this.dataDir = dataDir;
        Files.createDirectories(dataDir);
        this.console = dataDir.resolve("console.log");
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", repo.resolve("local-stack/target/local-stack.jar").toString(),
                "--data-dir", dataDir.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(console.toFile());
        pb.environment().putAll(env);
        process = pb.start();
    }

    String output() {
        try {
            return Files.readString(console);
        } catch (IOException e) {
            return "";
        }
    }

    void awaitBanner() {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(process.isAlive()).as("launcher alive; output:%n%s", output()).isTrue();
            assertThat(output()).contains("kcat");
        });
    }

    long pid() {
        return process.pid();
    }

    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** SIGTERM, as Ctrl-C or a service manager would send. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not stop within 60 s after SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
