package org.citizenservices.persistence;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PostgreSQL server, which any number of hosts may share. Schemas are lower case (PostgreSQL folds unquoted names
 * to lower case, and the modules' SQL leaves names unquoted); each data source sets its schema as the search path.
 */
final class PostgresDatabase extends Database {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    /** Connections per persistence unit and node; each node opens one unit per installed module plus the core. */
    static final int POOL_SIZE = Integer.getInteger("citizenservices.db.poolSize", 12);

    private final DatabaseSettings settings;

    PostgresDatabase(DatabaseSettings settings) {
        this.settings = settings;
    }

    static PostgresDatabase connect(DatabaseSettings settings) {
        PostgresDatabase database = new PostgresDatabase(settings);
        try (Connection connection = database.dataSourceFor("PUBLIC").getConnection()) {
            LOG.info("PostgreSQL {} at {}", connection.getMetaData().getDatabaseProductVersion(), settings);
        } catch (SQLException e) {
            // the driver's message names the host and the reason (refused, authentication failed), never the password
            throw new IllegalStateException("Cannot connect to the PostgreSQL database " + settings + ": "
                    + e.getMessage(), e);
        }
        return database;
    }

    @Override
    public DataSource dataSourceFor(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(settings.url());
        if (settings.user() != null) {
            dataSource.setUser(settings.user());
        }
        if (settings.password() != null) {
            dataSource.setPassword(settings.password());
        }
        dataSource.setCurrentSchema(schemaName(schema));
        dataSource.setApplicationName("citizen-services");
        return dataSource;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public String describe() {
        return "PostgreSQL at " + settings;
    }

    @Override
    String schemaName(String schema) {
        return schema.toLowerCase(Locale.ROOT);
    }

    @Override
    Map<String, String> placeholders() {
        return Map.of("blob", "BYTEA");
    }

    @Override
    Map<String, Object> unitProperties() {
        return Map.of(
                // another node may change any row at any time: an entity read is only as fresh as its query
                PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false",
                // a fixed pool: EclipseLink closes connections above the minimum when they come back, and a new
                // PostgreSQL connection (a server process, authentication) per request made the Monday-morning
                // load 26 times slower (bench/monday-morning-setups.sh)
                "eclipselink.connection-pool.default.initial", "1",
                "eclipselink.connection-pool.default.min", Integer.toString(POOL_SIZE),
                "eclipselink.connection-pool.default.max", Integer.toString(POOL_SIZE));
    }

    static final String DUMP = "citizen-services.pgdump";

    @Override
    public Path backupTo(Path directory) {
        Path dump = directory.resolve(DUMP);
        try {
            java.nio.file.Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create the backup folder " + directory, e);
        }
        // pg_dump reads one snapshot, so the copy is consistent while the nodes keep writing
        PgTool.run(settings, List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + dump));
        LOG.info("PostgreSQL database backed up to {}", dump);
        return dump;
    }

    static void restore(DatabaseSettings settings, Path directory) {
        Path dump = directory.resolve(DUMP);
        if (!java.nio.file.Files.isRegularFile(dump)) {
            throw new IllegalArgumentException(directory + " holds no PostgreSQL backup (" + DUMP
                    + "); give the folder 'citizen-services backup' wrote");
        }
        int nodes = connectedNodes(settings);
        if (nodes > 0) {
            throw new IllegalStateException(nodes + " connection(s) of running Citizen Services nodes use "
                    + settings + ": stop every node before restoring");
        }
        PgTool.run(settings, List.of("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                dump.toString()));
        LOG.info("PostgreSQL database restored from {}", dump);
    }

    /** Connections that nodes hold (each data source names the application), not counting this check's own. */
    private static int connectedNodes(DatabaseSettings settings) {
        PostgresDatabase database = new PostgresDatabase(settings);
        PGSimpleDataSource check = (PGSimpleDataSource) database.dataSourceFor("PUBLIC");
        check.setApplicationName("citizen-services-restore");
        try (Connection connection = check.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND application_name = 'citizen-services'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + settings + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // nothing to shut down: each unit closes its own pool
    }
}
