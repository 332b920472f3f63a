package org.claims.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Kafka and zonky log through slf4j → JUL (slf4j-jdk14 in this jar). Their records go to
 * {@code <data-dir>/logs/infra.log}; the console only shows SEVERE ones, so the launcher output stays readable.
 */
final class StackLogging {
    private StackLogging() {
    }

    static void toFile(Path logsDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s [%3$s] %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.SEVERE);
        console.setFormatter(new java.util.logging.Formatter() {
            @Override
            public String format(java.util.logging.LogRecord r) {
                // one line, no stack trace: the full record is in infra.log
                return r.getLevel() + " [" + r.getLoggerName() + "] " + formatMessage(r) + System.lineSeparator();
            }
        });
        root.addHandler(console);
        try {
            Files.createDirectories(logsDir);
            FileHandler file = new FileHandler(logsDir.resolve("infra.log").toString(), true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.ALL);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            throw new StackException("cannot write logs to " + logsDir + ": " + e.getMessage(), e);
        }
    }
}
