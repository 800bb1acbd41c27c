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
 * {@code citizen.it.db=postgresql} — a fresh PostgreSQL database per data folder on the server that
 * {@code citizen.it.pg.url} (as {@code citizen.it.pg.user}, who may create databases) names, so every test class
 * starts as empty as it would on Derby, and a host restarted on the same data folder finds its data again.
 */
public final class TestDatabases {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("citizen.it.db"));
    private static final String ADMIN_URL = System.getProperty("citizen.it.pg.url",
            "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = System.getProperty("citizen.it.pg.user", "citizen_it");
    private static final String PASSWORD = System.getProperty("citizen.it.pg.password", "citizen_it");
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

    private static DatabaseSettings create() {
        String name = PREFIX + ProcessHandle.current().pid() + "_" + CREATED.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            sweepOnce(admin);
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + " on " + ADMIN_URL + " as "
                    + USER + " (bash .ci/run sets the server up): " + e.getMessage(), e);
        }
        String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
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
