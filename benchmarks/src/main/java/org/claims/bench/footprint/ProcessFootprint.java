package org.claims.bench.footprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * RSS and PSS of the local stack's processes, found by their listening ports, as footprint.sh does: 9092 = the
 * launcher JVM (it runs the Kafka broker), 5432 = the PostgreSQL postmaster plus its children (summed: PSS is
 * the figure that adds up, since the backends share buffers that RSS counts once per process), 8081-8083 = the
 * services. Linux only (/proc).
 */
public final class ProcessFootprint {
    /** One row: the processes summed under one name; pids empty when nothing listens on the port. */
    public record Sample(String name, List<Long> pids, long rssKb, long pssKb) {
        public boolean running() {
            return !pids.isEmpty();
        }
    }

    private record Role(String name, int port, boolean withChildren) {
    }

    private static final List<Role> STACK = List.of(new Role("launcher+kafka", 9092, false),
            new Role("postgresql", 5432, true), new Role("ingest", 8081, false), new Role("extract", 8082, false),
            new Role("query", 8083, false));
    private static final Pattern SS_PID = Pattern.compile("pid=(\\d+)");

    private ProcessFootprint() {
    }

    /** The five rows of the local stack, in footprint.sh's order. */
    public static Map<String, Sample> stack() {
        Map<String, Sample> rows = new LinkedHashMap<>();
        for (Role r : STACK) {
            OptionalLong pid = pidOnPort(r.port());
            List<Long> pids = pid.isEmpty() ? List.of()
                    : r.withChildren() ? withChildren(pid.getAsLong()) : List.of(pid.getAsLong());
            rows.put(r.name(), new Sample(r.name(), pids, sum(pids, "VmRSS:", "status"), sum(pids, "Pss:", "smaps_rollup")));
        }
        return rows;
    }

    /** The listening process: ss first (what footprint.sh uses); /proc/net/tcp when ss is missing or shows no pid. */
    public static OptionalLong pidOnPort(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (ss.waitFor(5, TimeUnit.SECONDS)) {
                Matcher m = SS_PID.matcher(out);
                if (m.find()) {
                    return OptionalLong.of(Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            // no ss: fall through to /proc
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return procNetPid(port);
    }

    /** Socket inode of a LISTEN entry (state 0A) on the port, then the process holding that inode as an fd. */
    static OptionalLong procNetPid(int port) {
        String hexPort = String.format(":%04X", port);
        String inode = null;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(Path.of(table))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[1].endsWith(hexPort) && "0A".equals(f[3])) {
                    inode = f[9];
                }
            }
        }
        if (inode == null) {
            return OptionalLong.empty();
        }
        String target = "socket:[" + inode + "]";
        for (long pid : allPids()) {
            try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
                if (fds.anyMatch(fd -> target.equals(readLink(fd)))) {
                    return OptionalLong.of(pid);
                }
            } catch (IOException | RuntimeException e) {
                // gone or not ours to read
            }
        }
        return OptionalLong.empty();
    }

    /** The process and its direct children (PostgreSQL backends are all children of the postmaster). */
    static List<Long> withChildren(long root) {
        List<Long> out = new ArrayList<>(List.of(root));
        for (long pid : allPids()) {
            List<String> stat = lines(Path.of("/proc", Long.toString(pid), "stat"));
            if (!stat.isEmpty()) {
                // the command name is in parentheses and may hold spaces: fields count from the last ')'
                String[] f = stat.get(0).substring(stat.get(0).lastIndexOf(')') + 2).split(" ");
                if (Long.parseLong(f[1]) == root) {
                    out.add(pid);
                }
            }
        }
        return out;
    }

    /** Sum of one "Key: N kB" line over the processes (a process that exited meanwhile counts 0). */
    static long sum(List<Long> pids, String key, String file) {
        long kb = 0;
        for (long pid : pids) {
            for (String line : lines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(key)) {
                    kb += Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        }
        return kb;
    }

    private static List<Long> allPids() {
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
