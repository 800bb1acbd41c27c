package org.citizenservices.persistence;

import jakarta.persistence.spi.PersistenceUnitTransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssembledPersistenceUnitTest {

    private final ClassLoader bundleLoader = new ClassLoader(getClass().getClassLoader()) {
    };

    @Test
    void givenACapabilitysEntities_whenAssembled_thenExactlyThoseOnItsLoaderAndDataSource() throws Exception {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        URL root = new URL("file:/deploy/appointments.jar");

        AssembledPersistenceUnit unit = new AssembledPersistenceUnit("appointments", bundleLoader, root,
                List.of("org.example.Slot", "org.example.Appointment"), dataSource);

        assertThat(unit.getPersistenceUnitName()).isEqualTo("appointments");
        assertThat(unit.getManagedClassNames()).containsExactly("org.example.Slot", "org.example.Appointment");
        assertThat(unit.excludeUnlistedClasses()).isTrue();
        assertThat(unit.getClassLoader()).isSameAs(bundleLoader);
        assertThat(unit.getNewTempClassLoader()).isSameAs(bundleLoader);
        assertThat(unit.getNonJtaDataSource()).isSameAs(dataSource);
        assertThat(unit.getJtaDataSource()).isNull();
        assertThat(unit.getTransactionType()).isEqualTo(PersistenceUnitTransactionType.RESOURCE_LOCAL);
        assertThat(unit.getPersistenceUnitRootUrl()).isEqualTo(root);
        assertThat(unit.getMappingFileNames()).isEmpty();
        assertThat(unit.getPersistenceProviderClassName()).isEqualTo("org.eclipse.persistence.jpa.PersistenceProvider");
    }

    @Test
    void givenNoRootUrl_whenAssembled_thenRejectedBeforeEclipseLinkWouldFail() {
        assertThatThrownBy(() -> new AssembledPersistenceUnit("x", bundleLoader, null, List.of(), new EmbeddedDataSource()))
                .hasMessageContaining("root URL");
    }

    @Test
    void givenACapabilityId_whenItsSchemaIsNamed_thenUpperCaseWithUnderscores() {
        assertThat(ModulePersistence.schemaOf("appointments")).isEqualTo("APPOINTMENTS");
        assertThat(ModulePersistence.schemaOf("travel-vaccinations")).isEqualTo("TRAVEL_VACCINATIONS");
    }

    @Test
    void givenTwoOpenings_whenPropertiesAreMade_thenWeavingAndDdlAreOffAndSessionNamesDiffer(@TempDir Path dir) {
        Database derby = Database.open(dir.resolve("derby"));
        ModulePersistence persistence = new ModulePersistence(derby);

        var first = persistence.properties("feedback");
        var second = persistence.properties("feedback");

        assertThat(first).containsEntry(PersistenceUnitProperties.WEAVING, "false")
                .containsEntry(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        // a re-installed bundle must never be handed its predecessor's EclipseLink session
        assertThat(first.get(PersistenceUnitProperties.SESSION_NAME))
                .isNotEqualTo(second.get(PersistenceUnitProperties.SESSION_NAME));
        assertThat(first).as("one node alone may cache entities").doesNotContainKey(
                PersistenceUnitProperties.CACHE_SHARED_DEFAULT);
        derby.close();
    }

    @Test
    void givenAServerDatabase_whenPropertiesAreMade_thenNoEntityOutlivesItsQueryAndSchemasAreLowerCase() {
        // constructed without connecting: only its settings are looked at
        ModulePersistence persistence = new ModulePersistence(new PostgresDatabase(
                new DatabaseSettings("jdbc:postgresql://db.example/cs", "cs", "secret")));

        assertThat(persistence.shared()).isTrue();
        assertThat(persistence.properties("appointments"))
                .containsEntry(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false")
                .containsEntry("eclipselink.connection-pool.default.max", Integer.toString(PostgresDatabase.POOL_SIZE));
        assertThat(new PostgresDatabase(new DatabaseSettings("jdbc:postgresql://db.example/cs", null, null))
                .schemaName(ModulePersistence.schemaOf("travel-vaccinations"))).isEqualTo("travel_vaccinations");
    }
}
