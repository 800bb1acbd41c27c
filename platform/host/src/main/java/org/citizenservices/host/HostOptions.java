package org.citizenservices.host;

import org.citizenservices.host.web.TrustedProxies;
import org.citizenservices.persistence.DatabaseSettings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How the host is started: {@code --port N} (default 8080, 0 picks a free port), {@code --data DIR} (default
 * {@code ./data}: the Derby database and the OSGi cache), {@code --deploy DIR} (default {@code ./deploy}: the
 * watched folder of capability jars), {@code --demo} (capabilities seed demo data into an empty database) and the
 * database: embedded Derby under the data folder unless a PostgreSQL server is named — by {@code --db-url},
 * {@code --db-user} and {@code --db-password}, else by the environment ({@value #ENV_URL}, {@value #ENV_USER},
 * {@value #ENV_PASSWORD}), else by the installation's {@code conf/database.properties} ({@code url}, {@code user},
 * {@code password}), each setting taken from the first that gives it. {@code --node NAME} names this node among
 * several behind a proxy: it ends every portal session cookie, so the proxy can send a browser back to its node.
 * {@code --behind-proxy} believes the proxy's {@code X-Forwarded-For}/{@code -Proto} headers for the client's address
 * (which the patient API's rate limit counts by) and scheme — only from the addresses {@code --trusted-proxy
 * CIDR[,CIDR]} names (default loopback, {@value TrustedProxies#DEFAULT}). {@code --public-url URL} is the address
 * people reach the portal at, for the links the node sends (staff activation); without it, {@code http://localhost:PORT}.
 */
public record HostOptions(int port, Path dataDir, Path deployDir, boolean demo, long pollMillis,
                          DatabaseSettings database, String node, boolean behindProxy,
                          TrustedProxies trustedProxies, java.net.URI publicUrl,
                          org.citizenservices.host.nhslogin.NhsLoginSettings nhsLogin) {

    public static final String DEFAULT_NODE = "node0";

    public static final String ENV_URL = "CITIZEN_SERVICES_DB_URL";
    public static final String ENV_USER = "CITIZEN_SERVICES_DB_USER";
    public static final String ENV_PASSWORD = "CITIZEN_SERVICES_DB_PASSWORD";
    /** The system property naming the installation's database settings file (set by {@code bin/citizen-services}). */
    public static final String DATABASE_FILE_PROPERTY = "citizenservices.database";
    /** The system property naming the installation's database template (set by {@code bin/citizen-services}). */
    public static final String DERBY_TEMPLATE_PROPERTY = "citizenservices.derby.template";

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_POLL_MILLIS = 100;

    public HostOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(deployDir, "deployDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(nhsLogin, "nhsLogin");
        if (node == null || !node.matches("[A-Za-z0-9]{1,32}")) {
            throw new IllegalArgumentException("--node must be 1 to 32 letters or digits, not '" + node + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (pollMillis < 10) {
            throw new IllegalArgumentException("the deploy folder poll interval must be at least 10 ms");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        deployDir = deployDir.toAbsolutePath().normalize();
        if (publicUrl != null && (!publicUrl.isAbsolute() || !List.of("http", "https").contains(publicUrl.getScheme())
                || publicUrl.getHost() == null)) {
            throw new IllegalArgumentException("--public-url must be an http or https address, like "
                    + "https://portal.example.nhs.uk, not '" + publicUrl + "'");
        }
    }

    /** Options on embedded Derby. */
    public HostOptions(int port, Path dataDir, Path deployDir, boolean demo, long pollMillis) {
        this(port, dataDir, deployDir, demo, pollMillis, DatabaseSettings.embedded(), DEFAULT_NODE, false,
                TrustedProxies.parse(TrustedProxies.DEFAULT), null,
                org.citizenservices.host.nhslogin.NhsLoginSettings.OFF);
    }

    /** The same options on another database. */
    public HostOptions withDatabase(DatabaseSettings settings) {
        return new HostOptions(port, dataDir, deployDir, demo, pollMillis, settings, node, behindProxy,
                trustedProxies, publicUrl, nhsLogin);
    }

    /** The same options with NHS login as given. */
    public HostOptions withNhsLogin(org.citizenservices.host.nhslogin.NhsLoginSettings settings) {
        return new HostOptions(port, dataDir, deployDir, demo, pollMillis, database, node, behindProxy,
                trustedProxies, publicUrl, settings);
    }

    /** The command line, over the process's environment, over the installation's database settings file. */
    public static HostOptions parse(String... args) {
        String file = System.getProperty(DATABASE_FILE_PROPERTY, "");
        return parse(System.getenv(), file.isBlank() ? null : Path.of(file), args);
    }

    public static HostOptions parse(Map<String, String> environment, Path databaseFile, String... args) {
        int port = DEFAULT_PORT;
        Path data = Path.of("data");
        Path deploy = Path.of("deploy");
        boolean demo = false;
        String url = null;
        String user = null;
        String password = null;
        String node = DEFAULT_NODE;
        boolean behindProxy = false;
        TrustedProxies trustedProxies = TrustedProxies.parse(TrustedProxies.DEFAULT);
        boolean proxiesNamed = false;
        java.net.URI publicUrl = null;
        String[] nhsLogin = new String[3];
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(valueOf(args, ++i, arg));
                case "--data" -> data = Path.of(valueOf(args, ++i, arg));
                case "--deploy" -> deploy = Path.of(valueOf(args, ++i, arg));
                case "--demo" -> demo = true;
                case "--db-url" -> url = valueOf(args, ++i, arg);
                case "--db-user" -> user = valueOf(args, ++i, arg);
                case "--db-password" -> password = valueOf(args, ++i, arg);
                case "--node" -> node = valueOf(args, ++i, arg);
                case "--behind-proxy" -> behindProxy = true;
                case "--trusted-proxy" -> {
                    trustedProxies = TrustedProxies.parse(valueOf(args, ++i, arg));
                    proxiesNamed = true;
                }
                case "--public-url" -> publicUrl = publicUrl(valueOf(args, ++i, arg));
                case "--nhs-login-issuer" -> nhsLogin[0] = valueOf(args, ++i, arg);
                case "--nhs-login-client-id" -> nhsLogin[1] = valueOf(args, ++i, arg);
                case "--nhs-login-key" -> nhsLogin[2] = valueOf(args, ++i, arg);
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
            }
        }
        if (proxiesNamed && !behindProxy) {
            throw new IllegalArgumentException("--trusted-proxy goes with --behind-proxy\n" + usage());
        }
        Properties file = read(databaseFile);
        DatabaseSettings database = new DatabaseSettings(
                first(url, environment.get(ENV_URL), file.getProperty("url")),
                first(user, environment.get(ENV_USER), file.getProperty("user")),
                first(password, environment.get(ENV_PASSWORD), file.getProperty("password")));
        String nhsLoginFile = System.getProperty(org.citizenservices.host.nhslogin.NhsLoginSettings.FILE_PROPERTY, "");
        return new HostOptions(port, data, deploy, demo, DEFAULT_POLL_MILLIS, database, node, behindProxy,
                trustedProxies, publicUrl, org.citizenservices.host.nhslogin.NhsLoginSettings.of(nhsLogin[0],
                nhsLogin[1], nhsLogin[2], nhsLoginFile.isBlank() ? null : Path.of(nhsLoginFile)));
    }

    public static String usage() {
        return "usage: citizen-services [--port N] [--data DIR] [--deploy DIR] [--demo] [--node NAME]"
                + " [--behind-proxy [--trusted-proxy CIDR[,CIDR]]] [--public-url https://HOST]"
                + " [--db-url jdbc:postgresql://HOST/DB --db-user USER --db-password PASSWORD]"
                + " [--nhs-login-issuer URL --nhs-login-client-id ID [--nhs-login-key FILE]]";
    }

    /** {@code citizen-services --help}: how to start a node, and the operator's commands beside it. */
    public static String help() {
        return String.join(System.lineSeparator(), usage(),
                "",
                "Starts a Citizen Services node. Without --demo it starts empty: no practice, no account, no default",
                "password. The operator's commands, run on the node's machine while it runs:",
                "  citizen-services admin supplier-admin add   a supplier administrator (prints an activation link)",
                "  citizen-services admin practice add         a practice, by its ODS code",
                "  citizen-services admin staff add            a practice user (prints an activation link)",
                "  citizen-services admin linkage issue        a patient's registration letter",
                "  citizen-services admin --help               every command and its options",
                "  citizen-services backup DIR | restore DIR   back up or restore the database",
                "See docs/operations.md.");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the database settings " + file, e);
            }
        }
        return properties;
    }

    private static String valueOf(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }

    private static java.net.URI publicUrl(String value) {
        try {
            return new java.net.URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--public-url is not an address: " + e.getMessage());
        }
    }

    /** Where people reach the portal: {@code --public-url}, else this machine on the port it listens on. */
    public String publicUrl(int listeningPort) {
        return publicUrl != null ? publicUrl.toString() : "http://localhost:" + listeningPort;
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

    /**
     * The installation's migrated, empty Derby database ({@code database-template/}, set by
     * {@code bin/citizen-services}) that a data folder without a database starts from; {@code null} when not installed
     * so (a host run from a build), and the database is then created and migrated from the first script.
     */
    public Path derbyTemplate() {
        String template = System.getProperty(DERBY_TEMPLATE_PROPERTY, "");
        return template.isBlank() ? null : Path.of(template);
    }
}
