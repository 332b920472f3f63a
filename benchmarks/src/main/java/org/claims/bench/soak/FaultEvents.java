package org.claims.bench.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault log shared with chaos.sh, one line per event: {@code <epoch millis> <what> <target>}, what being
 * start (the load began; written here), kill (SIGKILL), stop (SIGTERM), restart (the same command started again),
 * ready (answering again). A fault is a kill or stop of one target, its restart and its ready.
 */
final class FaultEvents {
    record Fault(String target, String how, long downMillis, long restartMillis, long readyMillis) {
    }

    private final Path file;

    FaultEvents(Path file) {
        this.file = file;
    }

    void append(String what, String target) throws IOException {
        Files.writeString(file, System.currentTimeMillis() + " " + what + " " + target + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The faults in the order they happened; one not yet restarted has restartMillis 0. */
    List<Fault> faults() throws IOException {
        List<Fault> faults = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 3) {
                continue;
            }
            long t = Long.parseLong(f[0]);
            switch (f[1]) {
                case "kill", "stop" -> faults.add(new Fault(f[2], f[1].equals("kill") ? "SIGKILL" : "restart", t, 0, 0));
                case "restart" -> update(faults, f[2], x -> new Fault(x.target(), x.how(), x.downMillis(), t, 0));
                case "ready" -> update(faults, f[2], x -> new Fault(x.target(), x.how(), x.downMillis(), x.restartMillis(), t));
                default -> {
                }
            }
        }
        return faults;
    }

    private static void update(List<Fault> faults, String target, java.util.function.UnaryOperator<Fault> change) {
        for (int i = faults.size() - 1; i >= 0; i--) {
            if (faults.get(i).target().equals(target)) {
                faults.set(i, change.apply(faults.get(i)));
                return;
            }
        }
    }
}
