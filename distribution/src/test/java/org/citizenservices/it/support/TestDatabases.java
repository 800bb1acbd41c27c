package org.citizenservices.it.support;

import org.citizenservices.host.HostOptions;
import org.citizenservices.persistence.DatabaseSettings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database the integration suite runs on: embedded Derby, or — when the failsafe run sets
 * {@code citizen.it.db=postgresql} — a fresh PostgreSQL database per data folder, so every test class starts as empty
 * as it would on Derby, and a host restarted on the same data folder finds its data again. The server is the one
 * {@code citizen.it.pg.url} names (system property, or {@code CITIZEN_IT_PG_URL}; as {@code citizen.it.pg.user}, who
 * may create databases), or else one the suite starts for itself ({@link EmbeddedPostgresServer}).
 */
public final class TestDatabases {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("citizen.it.db"));
    private static final String GIVEN_URL = setting("citizen.it.pg.url", null);
    private static final String USER = setting("citizen.it.pg.user", EmbeddedPostgresServer.USER);
    private static final String PASSWORD = setting("citizen.it.pg.password", EmbeddedPostgresServer.PASSWORD);
    private static final String PREFIX = "cs_it_";

    private static final Map<Path, DatabaseSettings> BY_DATA_FOLDER = new ConcurrentHashMap<>();
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static volatile boolean swept;

    private TestDatabases() {
    }

    public static boolean postgresql() {
        return POSTGRESQL;
    }

    /** Host options on a test folder ({@code data/}, {@code deploy/}) and the suite's database. */
    public static HostOptions hostOptions(Path dir, boolean demo) {
        return hostOptions(dir.resolve("data"), dir.resolve("deploy"), demo);
    }

    public static HostOptions hostOptions(Path data, Path deploy, boolean demo) {
        return new HostOptions(0, data, deploy, demo, 100).withDatabase(forDataFolder(data));
    }

    /** The database of the host whose data folder this is: the same one every time for the same folder. */
    public static DatabaseSettings forDataFolder(Path data) {
        if (!POSTGRESQL) {
            return DatabaseSettings.embedded();
        }
        return BY_DATA_FOLDER.computeIfAbsent(data.toAbsolutePath().normalize(), ignored -> create());
    }

    /** The same as command-line options of {@code bin/citizen-services}. */
    public static List<String> commandLine(Path data) {
        DatabaseSettings settings = forDataFolder(data);
        List<String> options = new ArrayList<>();
        if (!settings.isEmbedded()) {
            options.addAll(List.of("--db-url", settings.url(), "--db-user", settings.user(), "--db-password",
                    settings.password()));
        }
        return options;
    }

    /** A plain JDBC connection to the database of this data folder, for tests that look at the rows themselves. */
    public static Connection connect(Path data, String schema) throws SQLException {
        DatabaseSettings settings = forDataFolder(data);
        if (settings.isEmbedded()) {
            return DriverManager.getConnection("jdbc:derby:" + data.resolve("derby/citizen-services") + ";user="
                    + schema);
        }
        Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        connection.setSchema(schema.toLowerCase(java.util.Locale.ROOT));
        return connection;
    }

    /** A system property, else the environment variable of the same name ({@code citizen.it.pg.url} → {@code
     * CITIZEN_IT_PG_URL}). */
    private static String setting(String property, String otherwise) {
        String value = System.getProperty(property,
                System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_')));
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The server's administrative database: the given one, or the suite's own, started on first use. */
    private static String adminUrl() {
        return GIVEN_URL != null ? GIVEN_URL : EmbeddedPostgresServer.shared().adminUrl();
    }

    private static DatabaseSettings create() {
        String name = PREFIX + ProcessHandle.current().pid() + "_" + CREATED.incrementAndGet();
        String adminUrl = adminUrl();
        try (Connection admin = DriverManager.getConnection(adminUrl, USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            sweepOnce(admin);
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + " on " + adminUrl + " as "
                    + USER + ": " + e.getMessage(), e);
        }
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new DatabaseSettings(url, USER, PASSWORD);
    }

    /** Drops what earlier runs left behind, so a developer's server does not fill up with test databases. */
    private static synchronized void sweepOnce(Connection admin) throws SQLException {
        if (swept) {
            return;
        }
        swept = true;
        List<String> old = new ArrayList<>();
        try (Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '"
                     + PREFIX + "%'")) {
            while (rows.next()) {
                old.add(rows.getString(1));
            }
        }
        for (String name : old) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException inUse) {
                // another run's database, still in use: it sweeps its own next time
            }
        }
    }
}
