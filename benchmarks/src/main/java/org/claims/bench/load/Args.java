package org.claims.bench.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Minimal "--name value" / "--flag" parser: the tools are plain mains, a CLI library is not worth a dependency. */
public final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    public Args(String[] args, Set<String> knownFlags) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (knownFlags.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
        }
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public String get(String name, String def) {
        return values.getOrDefault(name, def);
    }

    public double number(String name, double def) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : def;
    }

    public int integer(String name, int def) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : def;
    }

    public Duration duration(String name, String def) {
        return parseDuration(get(name, def));
    }

    /** "60s", "500ms", "2m", or plain seconds. */
    public static Duration parseDuration(String s) {
        String v = s.trim().toLowerCase();
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
        }
        if (v.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)) * 60);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
    }
}
