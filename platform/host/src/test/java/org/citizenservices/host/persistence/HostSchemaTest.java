package org.citizenservices.host.persistence;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The host's tables live in its own schema, from its own migrations; the core's schema no longer holds them. */
class HostSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theHostsTablesAreInSchemaHost_andTheCoresCopiesAreDropped() throws SQLException {
        try (Database database = Database.open(dir.resolve("derby"))) {
            ModulePersistence persistence = new ModulePersistence(database);
            HostSchema.migrate(persistence);
            // the core runs all its migrations, as on an existing installation: V3 created the tables, V8 drops them
            Core.open(persistence, Clock.systemUTC(), new SecretHasher(1024, 1, 1), Set::of).close();
            HostSchema.migrate(persistence);

            assertThat(tables(database, HostSchema.NAME)).contains("API_SESSION", "API_RATE_BUCKET", "SCHEMA_HISTORY");
            assertThat(tables(database, "CORE")).contains("PATIENT")
                    .doesNotContain("API_SESSION", "API_RATE_BUCKET");
        }
    }

    private static List<String> tables(Database database, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.dataSourceFor("APP").getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
