package org.claims.engine.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds each data file may use (kinds.tsv): their match group and how many columns a line must fill.
 * The same for every language pack, so a pack can only use kinds some rule reads.
 */
public final class Schema {
    /** A declared kind: the family it is matched in and the columns its lines must fill. */
    public record Kind(String group, int columns) {
    }

    static final String FILE = "kinds.tsv";
    private final Map<String, Map<String, Kind>> byFile = new HashMap<>();

    Schema(String name, List<String> lines) {
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 4 || c[0].isBlank() || c[1].isBlank() || c[2].isBlank() || !c[3].matches("[2-4]")) {
                throw new IllegalStateException(name + " line " + n + ": expected file<TAB>kind<TAB>group<TAB>columns"
                        + " (columns 2 to 4), got '" + line + "'");
            }
            byFile.computeIfAbsent(c[0].trim(), f -> new HashMap<>())
                    .put(c[1].trim(), new Kind(c[2].trim(), Integer.parseInt(c[3])));
        }
    }

    /** The kinds of a data file, by its name without ".tsv"; fails for a file the schema does not declare. */
    public Map<String, Kind> kinds(String file) {
        Map<String, Kind> k = byFile.get(file);
        if (k == null) {
            throw new IllegalStateException(FILE + " declares no kinds for " + file + ".tsv");
        }
        return k;
    }
}
