package org.claims.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the log levels of the embedded servers to WARN. The kafka jars log through slf4j (whatever binding is on
 * the classpath: JBoss LogManager in Quarkus tests, JUL in the local stack, none in plain unit tests) and ship
 * log4j-core; so both JUL and log4j2 (if present) are set.
 */
public final class QuietLogging {
    private static final String[] NOISY = {"kafka", "org.apache.kafka", "state.change.logger", "io.zonky",
            "org.apache.zookeeper", "com.yammer.metrics"};
    /** JUL keeps loggers weakly: hold them so the levels stick. */
    private static final List<Logger> HELD = new ArrayList<>();
    private static volatile boolean done;

    private QuietLogging() {
    }

    public static synchronized void apply() {
        if (done) {
            return;
        }
        done = true;
        for (String name : NOISY) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            HELD.add(logger);
        }
        try {
            Class<?> levelClass = Class.forName("org.apache.logging.log4j.Level");
            Object warn = levelClass.getField("WARN").get(null);
            Class<?> configurator = Class.forName("org.apache.logging.log4j.core.config.Configurator");
            for (String name : NOISY) {
                configurator.getMethod("setLevel", String.class, levelClass).invoke(null, name, warn);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // log4j-core absent or not the active log4j provider: nothing to do
        }
    }
}
