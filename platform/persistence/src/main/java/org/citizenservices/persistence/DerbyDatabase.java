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
        try {
            Files.createDirectories(derbyHome);
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
