package org.claims.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessCommandTest {
    @TempDir
    Path dir;

    @Test
    void c1OnlyServicesGetTheFlagUnlessTheUserSaysHowToCompile() {
        ServiceProcess c1 = new ServiceProcess("query-service", 8083, dir, dir, "64m", true, "-XX:+UseParallelGC");
        List<String> cmd = c1.command(List.of("-XX:+UseSerialGC"), false);
        assertTrue(cmd.contains("-XX:TieredStopAtLevel=1"), cmd.toString());
        assertTrue(cmd.contains("-Xmx64m"), cmd.toString());

        List<String> own = c1.command(List.of("-XX:TieredStopAtLevel=4"), false);
        assertFalse(own.contains("-XX:TieredStopAtLevel=1"), own.toString());
        assertEquals(1, own.stream().filter(o -> o.contains("Tiered")).count(), own.toString());
    }

    @Test
    void otherServicesKeepTieredCompilation() {
        ServiceProcess c2 = new ServiceProcess("extract-service", 8082, dir, dir, "96m", false, "-XX:+UseSerialGC");
        List<String> cmd = c2.command(List.of("-XX:+UseSerialGC"), false);
        assertTrue(cmd.stream().noneMatch(o -> o.contains("Tiered")), cmd.toString());
    }

    @Test
    void eachServiceRunsItsCollectorUnlessTheUserNamesOne() {
        ServiceProcess query = new ServiceProcess("query-service", 8083, dir, dir, "64m", true, "-XX:+UseParallelGC");
        assertTrue(query.command(List.of("-XX:ReservedCodeCacheSize=64m"), false).contains("-XX:+UseParallelGC"));

        List<String> own = query.command(List.of("-XX:+UseSerialGC"), false);
        assertFalse(own.contains("-XX:+UseParallelGC"), own.toString());
        assertEquals(1, own.stream().filter(o -> o.endsWith("GC") && o.startsWith("-XX:+Use")).count(), own.toString());
    }
}
