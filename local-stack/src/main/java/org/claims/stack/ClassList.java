package org.claims.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A {@code -XX:DumpLoadedClassList} file, cleaned of the classes a JDK 17 archive must not hold. */
final class ClassList {
    private static final Pattern VERSIONED = Pattern.compile("META-INF/versions/\\d+/(.+)\\.class");

    private ClassList() {
    }

    /**
     * Copies {@code list} to {@code out} without the classes (and lambda proxies of classes) that some jar under
     * {@code appDir} carries in {@code META-INF/versions}.
     * @return the number of lines left out
     */
    static int writeWithoutVersionedClasses(Path list, Path appDir, Path out) throws IOException {
        Set<String> versioned = versionedClasses(appDir);
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        List<String> kept = lines.stream().filter(line -> !versioned.contains(className(line))).toList();
        Files.write(out, kept, StandardCharsets.UTF_8);
        return lines.size() - kept.size();
    }

    /** The class a line is about: its first word, or the second for {@code @lambda-proxy} lines; "" for comments. */
    static String className(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return "";
        }
        String[] words = line.trim().split("\\s+");
        return words[0].equals("@lambda-proxy") && words.length > 1 ? words[1] : words[0];
    }

    /** Internal names (a/b/C) of every class some jar under {@code dir} overrides for a newer Java release. */
    static Set<String> versionedClasses(Path dir) throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    zip.stream().map(ZipEntry::getName).map(VERSIONED::matcher).filter(Matcher::matches)
                            .forEach(m -> names.add(m.group(1)));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return names;
    }
}
