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

/**
 * The embedded Derby database, in files under the data folder. Each module gets a {@link DataSource} whose user
 * is its schema, so unqualified table names in its SQL and its entities land in its own schema.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String NAME = "citizen-services";

    private final Path home;

    private Database(Path home) {
        this.home = home;
    }

    /** Boots Derby and creates the database on first use. */
    public static Database open(Path derbyHome) {
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
        Database database = new Database(derbyHome);
        try (Connection ignored = database.dataSourceFor("APP").getConnection()) {
            LOG.info("Derby database at {}", database.location());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the Derby database at " + database.location()
                    + " (is another Citizen Services using this data folder?): " + e.getMessage(), e);
        }
        return database;
    }

    /** A data source whose default schema is {@code schema}; the schema is created by the module's first migration. */
    public DataSource dataSourceFor(String schema) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(location().toString());
        dataSource.setCreateDatabase("create");
        dataSource.setUser(schema);
        return dataSource;
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
