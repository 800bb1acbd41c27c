package org.citizenservices.persistence;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A migrated, empty Derby database built once and copied into data folders that have none, on real Derby files. */
class DerbyTemplateTest {

    @TempDir
    Path dir;

    private Path template() {
        Path template = dir.resolve("installation/database-template/citizen-services");
        Database.buildDerbyTemplate(template, persistence -> persistence.openOnClassPath("host-test", List.of()));
        return template;
    }

    private Database open(Path template) {
        return Database.open(DatabaseSettings.embedded(), dir.resolve("data/derby"), template);
    }

    @Test
    void givenATemplate_whenBuilt_thenItIsAShutDownDatabaseWithoutLocksOrRows() throws IOException {
        Path template = template();

        assertThat(template.resolve("service.properties")).isRegularFile();
        assertThat(template.resolve("seg0")).isDirectory();
        try (var files = Files.list(template)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".lck")).doesNotContain("tmp");
        }
    }

    @Test
    void givenAFreshDataFolder_whenOpenedWithTheTemplate_thenItsSchemasAreThereAndNothingMigratesAgain()
            throws SQLException {
        Path template = template();

        try (Database database = open(template)) {
            assertThat(query(database, "SELECT COUNT(*) FROM HOST_TEST.TEST_NOTE")).isZero();
            long migratedAt = query(database, "SELECT MAX({fn TIMESTAMPDIFF(SQL_TSI_SECOND, TIMESTAMP('2000-01-01 "
                    + "00:00:00'), \"installed_on\")}) FROM HOST_TEST.SCHEMA_HISTORY");
            try (ModulePersistence.OpenUnit unit = new ModulePersistence(database)
                    .openOnClassPath("host-test", List.of(TestNote.class))) {
                EntityManager em = unit.entityManagerFactory().createEntityManager();
                em.getTransaction().begin();
                em.persist(new TestNote("kept", "reception"));
                em.getTransaction().commit();
                em.close();
            }
            assertThat(query(database, "SELECT COUNT(*) FROM HOST_TEST.SCHEMA_HISTORY WHERE \"version\" IS NOT NULL"))
                    .isEqualTo(2);
            assertThat(query(database, "SELECT MAX({fn TIMESTAMPDIFF(SQL_TSI_SECOND, TIMESTAMP('2000-01-01 "
                    + "00:00:00'), \"installed_on\")}) FROM HOST_TEST.SCHEMA_HISTORY")).isEqualTo(migratedAt);
        }
        // a database that is there is never replaced by the template
        try (Database again = open(template)) {
            assertThat(query(again, "SELECT COUNT(*) FROM HOST_TEST.TEST_NOTE")).isEqualTo(1);
        }
        try (Database installation = Database.open(DatabaseSettings.embedded(), dir.resolve("other/derby"),
                template)) {
            assertThat(query(installation, "SELECT COUNT(*) FROM HOST_TEST.TEST_NOTE")).isZero();
        }
    }

    @Test
    void givenACopyCutShortByACrash_whenOpenedAgain_thenItIsMadeAgainWhole() throws IOException, SQLException {
        Path template = template();
        Path partial = Files.createDirectories(dir.resolve("data/derby/citizen-services.from-template/seg0"));
        Files.writeString(partial.resolve("half-written.dat"), "x");

        try (Database database = open(template)) {
            assertThat(query(database, "SELECT COUNT(*) FROM HOST_TEST.TEST_NOTE")).isZero();
        }
        assertThat(dir.resolve("data/derby/citizen-services.from-template")).doesNotExist();
        assertThat(dir.resolve("data/derby/citizen-services/seg0/half-written.dat")).doesNotExist();
    }

    @Test
    void givenNoTemplateWhereOneIsNamed_whenOpened_thenTheDatabaseIsCreatedEmptyAsWithout() throws SQLException {
        try (Database database = open(dir.resolve("missing/citizen-services"))) {
            assertThat(query(database, "SELECT COUNT(*) FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = 'HOST_TEST'")).isZero();
        }
    }

    private static long query(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSourceFor("APP").getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
