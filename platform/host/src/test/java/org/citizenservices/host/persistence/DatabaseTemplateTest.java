package org.citizenservices.host.persistence;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.DatabaseSettings;
import org.citizenservices.persistence.ModulePersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The distribution's database template: the host's, the core's and a module's schema migrated from the module's jar,
 * on real Derby; a database copied from it opens the core and the module's scripts without running any again.
 */
class DatabaseTemplateTest {

    @TempDir
    Path dir;

    private Path moduleJar() throws IOException {
        Path jar = dir.resolve("travel-clinic.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "db/migration/V1__visit.sql", "CREATE TABLE VISIT (ID INT PRIMARY KEY, REASON VARCHAR(200))");
            entry(out, "db/migration/V2__visit_country.sql", "ALTER TABLE VISIT ADD COLUMN COUNTRY VARCHAR(60)");
            // not a migration of this module: a folder below db/migration is not read, as in an installed bundle
            entry(out, "db/migration/examples/V3__never.sql", "CREATE TABLE NEVER (ID INT)");
        }
        return jar;
    }

    @Test
    void givenTheShippedModules_whenTheTemplateIsBuilt_thenEverySchemaIsMigratedAndACopyMigratesNothingMore()
            throws Exception {
        Path jar = moduleJar();
        Path template = dir.resolve("database-template/citizen-services");

        DatabaseTemplate.main(new String[] {template.toString(), "travel-clinic=" + jar});

        try (Database copy = Database.open(DatabaseSettings.embedded(), dir.resolve("data/derby"), template)) {
            assertThat(count(copy, "SELECT COUNT(*) FROM TRAVEL_CLINIC.VISIT WHERE COUNTRY IS NULL")).isZero();
            assertThat(count(copy, "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'NEVER'")).isZero();
            long histories = count(copy, "SELECT (SELECT COUNT(*) FROM HOST.SCHEMA_HISTORY) + (SELECT COUNT(*) FROM "
                    + "CORE.SCHEMA_HISTORY) + (SELECT COUNT(*) FROM TRAVEL_CLINIC.SCHEMA_HISTORY) FROM SYSIBM.SYSDUMMY1");
            ModulePersistence persistence = new ModulePersistence(copy);
            HostSchema.migrate(persistence);
            Core.open(persistence, Clock.systemUTC(), new SecretHasher(1024, 1, 1), Set::of).close();
            persistence.open("travel-clinic", getClass().getClassLoader(), jar.toUri().toURL(), List.of(),
                    BundleMigrations.inJar(jar));

            assertThat(count(copy, "SELECT (SELECT COUNT(*) FROM HOST.SCHEMA_HISTORY) + (SELECT COUNT(*) FROM "
                    + "CORE.SCHEMA_HISTORY) + (SELECT COUNT(*) FROM TRAVEL_CLINIC.SCHEMA_HISTORY) FROM SYSIBM.SYSDUMMY1"))
                    .isEqualTo(histories);
            assertThat(count(copy, "SELECT COUNT(*) FROM CORE.SCHEMA_HISTORY WHERE \"version\" IS NOT NULL"))
                    .isGreaterThanOrEqualTo(14);
            assertThat(count(copy, "SELECT COUNT(*) FROM CORE.PATIENT")).isZero();
        }
    }

    @Test
    void givenAnArgumentThatIsNotIdEqualsJar_whenBuilt_thenItIsRefusedWithWhatItShouldBe() {
        Path template = dir.resolve("database-template/citizen-services");

        assertThatThrownBy(() -> DatabaseTemplate.main(new String[] {template.toString(), "travel-clinic.jar"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CAPABILITY_ID=BUNDLE_JAR");
        assertThat(template).doesNotExist();
    }

    private static void entry(JarOutputStream out, String name, String sql) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(sql.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSourceFor("APP").getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
