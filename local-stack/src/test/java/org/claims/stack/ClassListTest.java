package org.claims.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassListTest {
    @TempDir
    Path app;

    @Test
    void leavesOutClassesAndLambdaProxiesThatAJarOverridesForANewerRelease() throws IOException {
        jar(app.resolve("lib/main/driver.jar"), "org/db/Cleaner.class", "org/db/Plain.class",
                "META-INF/versions/11/org/db/Cleaner.class");
        Path list = Files.write(app.resolve("app-cds.classlist"), List.of(
                "# NOTE: Do not modify this file.",
                "java/lang/Object id: 0",
                "org/db/Plain",
                "org/db/Cleaner",
                "@lambda-proxy org/db/Cleaner run ()Ljava/lang/Runnable; ()V REF_invokeVirtual org/db/Cleaner clean ()V ()V",
                "@lambda-proxy org/db/Plain get ()Ljava/util/function/Supplier; ()Ljava/lang/Object;"));

        int dropped = ClassList.writeWithoutVersionedClasses(list, app, app.resolve("filtered"));

        assertThat(dropped).isEqualTo(2);
        assertThat(Files.readAllLines(app.resolve("filtered"))).containsExactly(
                "# NOTE: Do not modify this file.",
                "java/lang/Object id: 0",
                "org/db/Plain",
                "@lambda-proxy org/db/Plain get ()Ljava/util/function/Supplier; ()Ljava/lang/Object;");
    }

    private static void jar(Path jar, String... entries) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
