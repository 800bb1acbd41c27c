package org.citizenservices.persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Embedded Derby in files under the data folder: one node, one JVM. The schema is the connection's user, which is
 * how Derby chooses a default schema.
 */
final class DerbyDatabase extends Database {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabase.class);
    static final String NAME = "citizen-services";

    private final Path home;

    private DerbyDatabase(Path home) {
        this.home = home;
    }

    static DerbyDatabase boot(Path derbyHome) {
        return boot(derbyHome, null);
    }

    /** The same, starting from a copy of {@code template} (a migrated, empty database) when there is none yet. */
    static DerbyDatabase boot(Path derbyHome, Path template) {
        try {
            Files.createDirectories(derbyHome);
            DerbyTemplate.copyIfFresh(template, derbyHome.resolve(NAME));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + derbyHome, e);
        }
        // set before Derby's engine boots, so derby.log lands beside the database, not in the working directory
        System.setProperty("derby.system.home", derbyHome.toString());
        System.setProperty("derby.stream.error.file", derbyHome.resolve("derby.log").toString());
        // identity values come from ranges reserved in the system catalogue (100 by default); when a rush of parallel
        // inserts (bookings) uses one up, the inserters queue on the catalogue's lock and some time out
        System.setProperty("derby.language.sequence.preallocator", "1000");
        DerbyDatabase database = new DerbyDatabase(derbyHome);
        try (Connection ignored = database.dataSourceFor("APP").getConnection()) {
            LOG.info("Derby database at {}", database.location());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the Derby database at " + database.location()
                    + " (is another Citizen Services using this data folder?): " + e.getMessage(), e);
        }
        return database;
    }

    @Override
    public DataSource dataSourceFor(String schema) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(location().toString());
        dataSource.setCreateDatabase("create");
        dataSource.setUser(schema);
        return dataSource;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public String describe() {
        return "embedded Derby at " + location();
    }

    @Override
    String schemaName(String schema) {
        return schema;
    }

    @Override
    Map<String, String> placeholders() {
        return Map.of("blob", "BLOB");
    }

    @Override
    Map<String, Object> unitProperties() {
        return Map.of();
    }

    @Override
    public Path backupTo(Path directory) {
        try {
            Files.createDirectories(directory);
            try (Connection connection = dataSourceFor("APP").getConnection();
                 java.sql.CallableStatement backup = connection.prepareCall(
                         "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                // Derby copies the database and its log as of one moment while writes go on (an online backup)
                backup.setString(1, directory.toAbsolutePath().toString());
                backup.execute();
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + directory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("The Derby backup into " + directory + " failed: " + e.getMessage(), e);
        }
        Path written = directory.resolve(NAME);
        LOG.info("Derby database backed up to {}", written);
        return written;
    }

    /** Replaces the data folder's database by the backup's; the replaced one is kept beside it. */
    static void restore(Path derbyHome, Path directory) {
        Path backup = directory.resolve(NAME);
        if (!Files.isRegularFile(backup.resolve("service.properties"))) {
            throw new IllegalArgumentException(directory + " holds no Derby backup (no " + NAME
                    + "/service.properties); give the folder 'citizen-services backup' wrote");
        }
        try {
            Files.createDirectories(derbyHome);
            Path current = derbyHome.resolve(NAME);
            if (Files.exists(current)) {
                Path aside = derbyHome.resolve(NAME + ".before-restore-"
                        + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern(
                        "yyyyMMdd-HHmmss")));
                Files.move(current, aside);
                LOG.info("The database that was there is kept at {}", aside);
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("Cannot move the current database aside in " + derbyHome, e);
        }
        System.setProperty("derby.system.home", derbyHome.toString());
        System.setProperty("derby.stream.error.file", derbyHome.resolve("derby.log").toString());
        EmbeddedDataSource restore = new EmbeddedDataSource();
        restore.setDatabaseName(derbyHome.resolve(NAME).toString());
        // Derby's own restore: copies the backup in and replays its log
        restore.setConnectionAttributes("restoreFrom=" + backup.toAbsolutePath());
        try (Connection ignored = restore.getConnection()) {
            LOG.info("Derby database restored from {}", backup);
        } catch (SQLException e) {
            throw new IllegalStateException("The Derby restore from " + backup + " failed: " + e.getMessage(), e);
        }
        new DerbyDatabase(derbyHome).close();
    }

    Path location() {
        return home.resolve(NAME);
    }

    @Override
    public void close() {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(location().toString());
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            LOG.warn("Derby did not confirm the shutdown of {}", location());
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006
            if (!"08006".equals(expected.getSQLState())) {
                LOG.warn("Derby shutdown of {}: {}", location(), expected.getMessage());
            }
        }
    }
}
