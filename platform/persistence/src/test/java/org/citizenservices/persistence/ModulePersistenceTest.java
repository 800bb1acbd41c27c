package org.citizenservices.persistence;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A class-path module (as the core is) on a real Derby database in a temporary folder. */
class ModulePersistenceTest {

    @TempDir
    Path dir;
    Database database;
    ModulePersistence persistence;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("derby"));
        persistence = new ModulePersistence(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void givenAClassPathModule_whenOpened_thenItsScriptsRunInItsOwnSchemaAndItsEntitiesWork() throws SQLException {
        try (ModulePersistence.OpenUnit unit = persistence.openOnClassPath("host-test", List.of(TestNote.class))) {
            EntityManager em = unit.entityManagerFactory().createEntityManager();
            em.getTransaction().begin();
            em.persist(new TestNote("Remember the flu clinic", "reception"));
            em.getTransaction().commit();
            em.close();
        }

        assertThat(count("SELECT COUNT(*) FROM HOST_TEST.TEST_NOTE WHERE AUTHOR = 'reception'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM HOST_TEST.SCHEMA_HISTORY WHERE \"success\" = TRUE "
                + "AND \"version\" IS NOT NULL")).isEqualTo(2);
    }

    @Test
    void givenAModuleOpenedAgain_whenItsScriptsHaveRun_thenTheyDoNotRunTwiceAndTheDataStays() throws SQLException {
        try (ModulePersistence.OpenUnit unit = persistence.openOnClassPath("host-test", List.of(TestNote.class))) {
            EntityManager em = unit.entityManagerFactory().createEntityManager();
            em.getTransaction().begin();
            em.persist(new TestNote("kept", "manager"));
            em.getTransaction().commit();
            em.close();
        }

        try (ModulePersistence.OpenUnit again = persistence.openOnClassPath("host-test", List.of(TestNote.class))) {
            EntityManager em = again.entityManagerFactory().createEntityManager();
            assertThat(em.createQuery("select n.text from TestNote n", String.class).getResultList())
                    .containsExactly("kept");
            em.close();
        }
        assertThat(count("SELECT COUNT(*) FROM HOST_TEST.SCHEMA_HISTORY WHERE \"version\" IS NOT NULL"))
                .isEqualTo(2);
    }

    @Test
    void givenAModuleWithoutEntities_whenOpened_thenNoUnitButItsScriptsStillRun() throws SQLException {
        assertThat(persistence.openOnClassPath("host-test", List.of())).isNull();
        assertThat(count("SELECT COUNT(*) FROM HOST_TEST.TEST_NOTE")).isZero();
    }

    @Test
    void givenASchemaMigratedByANewerVersion_whenAnOlderVersionOpensIt_thenItIsRefusedAndNothingChanges()
            throws SQLException {
        persistence.openOnClassPath("host-test", List.of(TestNote.class)).close();
        long historyRows = count("SELECT COUNT(*) FROM HOST_TEST.SCHEMA_HISTORY");

        // the same module's scripts as they were before V2
        assertThatThrownBy(() -> persistence.openOnClassPath("host-test", List.of(TestNote.class),
                "db/migration/host-test-v1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("schema HOST_TEST holds migration 2 that this version does not have: a newer version "
                        + "has already run on this database. Install that version or a later one; this one was not "
                        + "started and changed nothing");

        assertThat(count("SELECT COUNT(*) FROM HOST_TEST.SCHEMA_HISTORY")).isEqualTo(historyRows);
        assertThat(count("SELECT COUNT(*) FROM HOST_TEST.TEST_NOTE WHERE AUTHOR IS NOT NULL")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.dataSourceFor("APP").getConnection();
             ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
