package org.citizenservices.host;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the host is started: {@code --port N} (default 8080, 0 picks a free port), {@code --data DIR} (default
 * {@code ./data}: the Derby database and the OSGi cache), {@code --deploy DIR} (default {@code ./deploy}: the
 * watched folder of capability jars) and {@code --demo} (capabilities seed demo data into an empty database).
 */
public record HostOptions(int port, Path dataDir, Path deployDir, boolean demo, long pollMillis) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_POLL_MILLIS = 100;

    public HostOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(deployDir, "deployDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (pollMillis < 10) {
            throw new IllegalArgumentException("the deploy folder poll interval must be at least 10 ms");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        deployDir = deployDir.toAbsolutePath().normalize();
    }

    public static HostOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path data = Path.of("data");
        Path deploy = Path.of("deploy");
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(valueOf(args, ++i, arg));
                case "--data" -> data = Path.of(valueOf(args, ++i, arg));
                case "--deploy" -> deploy = Path.of(valueOf(args, ++i, arg));
                case "--demo" -> demo = true;
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
            }
        }
        return new HostOptions(port, data, deploy, demo, DEFAULT_POLL_MILLIS);
    }

    public static String usage() {
        return "usage: citizen-services [--port N] [--data DIR] [--deploy DIR] [--demo]";
    }

    private static String valueOf(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not '" + value + "'");
        }
    }

    /** The Felix bundle cache; rebuilt from {@code deploy/} at every start. */
    public Path osgiCacheDir() {
        return dataDir.resolve("osgi-cache");
    }

    /** Where Derby keeps its databases and its log. */
    public Path derbyHome() {
        return dataDir.resolve("derby");
    }
}
