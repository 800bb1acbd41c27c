package org.citizenservices.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.configuration.ClassicConfiguration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The persistence service: for each capability, migrates its schema with Flyway from its SQL scripts and opens an
 * EclipseLink {@link EntityManagerFactory} over its entity classes with the class loader it was given. It knows
 * nothing of OSGi: the host reads a bundle's scripts and class loader and hands them in.
 *
 * <p>Each module owns one database schema named after its id ({@code appointments} → {@code APPOINTMENTS}), with
 * its own Flyway history table, so modules never collide and one module's migrations never see another's tables.
 * Closing a unit never drops anything: re-installing the module finds its data as it left it.
 */
public final class ModulePersistence {

    private static final Logger LOG = LoggerFactory.getLogger(ModulePersistence.class);
    static final String HISTORY_TABLE = "SCHEMA_HISTORY";

    private final Database database;
    private final AtomicLong opened = new AtomicLong();
    // one schema change at a time: Derby sees two modules' concurrent DDL on its catalogues as a deadlock only after
    // its 20 s deadlock timeout (modules starting side by side waited that long), then retries one of them
    private final Object migrating = new Object();

    public ModulePersistence(Database database) {
        this.database = database;
    }

    /** An open persistence unit; close it when the capability leaves. */
    public static final class OpenUnit implements AutoCloseable {
        private final EntityManagerFactory factory;
        private final DataSource dataSource;

        OpenUnit(EntityManagerFactory factory, DataSource dataSource) {
            this.factory = factory;
            this.dataSource = dataSource;
        }

        public EntityManagerFactory entityManagerFactory() {
            return factory;
        }

        /** The unit's schema as plain JDBC, for the rare writer that needs no entities (the audit writer). */
        public DataSource dataSource() {
            return dataSource;
        }

        @Override
        public void close() {
            if (factory.isOpen()) {
                factory.close();
            }
        }
    }

    /**
     * Loads and initialises Flyway and EclipseLink once, against the host's own schema, so the first module
     * deployed does not pay for it (about a second on a cold JVM). Called while the web server starts.
     */
    public void warmUp() {
        long began = System.nanoTime();
        DataSource dataSource = database.dataSourceFor("APP");
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .schemas(database.schemaName("APP"))
                .javaMigrationClassProvider(List::of)
                .resourceProvider(new NoMigrations())
                .failOnMissingLocations(false)
                .load()
                .info();
        AssembledPersistenceUnit empty = new AssembledPersistenceUnit("warm-up", getClass().getClassLoader(),
                Database.class.getProtectionDomain().getCodeSource().getLocation(), List.of(), dataSource);
        Map<String, Object> quiet = properties("warm-up");
        // an empty unit is the point here; EclipseLink would warn that it has no entities
        quiet.put(PersistenceUnitProperties.LOGGING_LEVEL, "SEVERE");
        EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(empty, quiet);
        try {
            factory.createEntityManager().close();
        } finally {
            factory.close();
        }
        LOG.debug("Persistence warmed up in {} ms", (System.nanoTime() - began) / 1_000_000);
    }

    /** Whether other nodes share the database, so nothing read from it may be cached without a way to learn of changes. */
    public boolean shared() {
        return database.shared();
    }

    /** The schema a capability's tables live in. */
    public static String schemaOf(String capabilityId) {
        return capabilityId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * Migrates the capability's schema from the SQL scripts {@code migrations} gives ({@code null}: none), then opens
     * its persistence unit over its entity classes with {@code loader}; {@code root} is the unit's root (a bundle's
     * root entry). Returns {@code null} when it declares no entity classes (its migrations, if any, still run).
     */
    public OpenUnit open(String capabilityId, ClassLoader loader, URL root, List<Class<?>> entityClasses,
                         ResourceProvider migrations) {
        return open(capabilityId, loader, root, entityClasses,
                migrations == null ? null : flyway -> flyway.resourceProvider(migrations));
    }

    /**
     * The same for a part of the host itself, such as the core: its scripts are read from the class path at
     * {@code db/migration/<id>/}, and its entities are loaded by the host's class loader.
     */
    public OpenUnit openOnClassPath(String id, List<Class<?>> entityClasses) {
        return openOnClassPath(id, entityClasses, "db/migration/" + id);
    }

    /**
     * The same with the scripts in another class-path folder — a capability's own tests open its unit this way,
     * from its bundle's {@code db/migration/}, on a real Derby database without a framework.
     */
    public OpenUnit openOnClassPath(String id, List<Class<?>> entityClasses, String folder) {
        ClassLoader loader = ModulePersistence.class.getClassLoader();
        URL root = entityClasses.isEmpty() ? Database.class.getProtectionDomain().getCodeSource().getLocation()
                : entityClasses.get(0).getProtectionDomain().getCodeSource().getLocation();
        return open(id, loader, root, entityClasses,
                loader.getResource(folder) == null ? null : flyway -> flyway.locations(location(root, folder)));
    }

    /**
     * The folder in the entities' own class-path root when that is a directory: a module's tests also have the host
     * on their class path, and {@code classpath:db/migration} would find the core's scripts under it as well.
     */
    private static String location(URL root, String folder) {
        try {
            java.nio.file.Path directory = java.nio.file.Path.of(root.toURI()).resolve(folder);
            if (java.nio.file.Files.isDirectory(directory)) {
                return "filesystem:" + directory;
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a plain directory (a jar): the class path it is
        }
        return "classpath:" + folder;
    }

    private OpenUnit open(String id, ClassLoader loader, URL root, List<Class<?>> entityClasses,
                          UnaryOperator<FluentConfiguration> migrations) {
        String schema = schemaOf(id);
        DataSource dataSource = database.dataSourceFor(schema);
        if (migrations != null) {
            synchronized (migrating) {
                migrate(database.schemaName(schema), dataSource, database.placeholders(), migrations);
            }
        }
        if (entityClasses.isEmpty()) {
            return null;
        }
        List<String> names = entityClasses.stream().map(Class::getName).toList();
        AssembledPersistenceUnit unit = new AssembledPersistenceUnit(id, loader, root, names, dataSource);
        EntityManagerFactory factory = new PersistenceProvider()
                .createContainerEntityManagerFactory(unit, properties(id));
        // fail now, inside the module's start, if the entities do not match the migrated schema's names
        factory.createEntityManager().close();
        return new OpenUnit(factory, dataSource);
    }

    Map<String, Object> properties(String capabilityId) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        // EclipseLink keeps the unit's Derby connections and closes them with the unit: opening an embedded Derby
        // connection (credentials, service lookup, contexts) cost a seventh of a booking's request thread
        properties.put(PersistenceUnitProperties.CONNECTION_POOL_INTERNALLY_POOL_DATASOURCE, "true");
        // a fresh session name per opening: EclipseLink keeps set-ups by name, and a re-installed bundle has a
        // new class loader that must never meet the old one's metadata
        properties.put(PersistenceUnitProperties.SESSION_NAME, capabilityId + "-" + opened.incrementAndGet());
        properties.putAll(database.unitProperties());
        return properties;
    }

    /** Warming up migrates nothing: APP, the engine's default schema, only serves to load the libraries. */
    private static final class NoMigrations implements org.flywaydb.core.api.ResourceProvider {
        @Override
        public org.flywaydb.core.api.resource.LoadableResource getResource(String name) {
            return null;
        }

        @Override
        public java.util.Collection<org.flywaydb.core.api.resource.LoadableResource> getResources(String prefix,
                                                                                                 String[] suffixes) {
            return List.of();
        }
    }

    private static void migrate(String schema, DataSource dataSource, Map<String, String> placeholders,
                                UnaryOperator<FluentConfiguration> source) {
        // Flyway gets the host's class loader: it reads the scripts through the resource provider or the class
        // path, runs no Java migrations, and keeps its last configuration in a static (LogFactory) that must not
        // pin a bundle
        ClassLoader hostLoader = ModulePersistence.class.getClassLoader();
        MigrateResult result;
        try {
            Flyway flyway = source.apply(Flyway.configure(hostLoader)
                            .dataSource(dataSource)
                            .schemas(schema)
                            .defaultSchema(schema)
                            .createSchemas(true)
                            .table(HISTORY_TABLE)
                            .placeholders(placeholders)
                            .javaMigrationClassProvider(List::of)
                            .failOnMissingLocations(false)
                            // fail validation on applied migrations this version has no script for, see below
                            .ignoreMigrationPatterns(new String[0]))
                    .load();
            result = flyway.migrate();
        } catch (FlywayValidateException e) {
            throw newerSchema(schema, e);
        } finally {
            LogFactory.setConfiguration(new ClassicConfiguration(hostLoader));
        }
        if (result.migrationsExecuted > 0) {
            LOG.info("Schema {} migrated to version {} ({} migration(s))", schema, result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    private static final Pattern NOT_RESOLVED =
            Pattern.compile("applied migration not resolved locally: (\\S+?)\\.?(\\s|$)");

    /**
     * Flyway, by default, passes over migrations in the history that it has no script for ("future" ones) with a
     * warning, so an older version of a module would start against the schema a newer version left — with entities
     * that do not know its columns. Validation is told to ignore nothing, so that case fails before anything runs;
     * here it is said in words an operator can act on. (Asking {@code Flyway.info()} first would say it as well, but
     * a second Flyway run per opening kept each removed module's class loader alive.)
     */
    static RuntimeException newerSchema(String schema, FlywayValidateException e) {
        Matcher unknown = NOT_RESOLVED.matcher(String.valueOf(e.getMessage()));
        List<String> versions = new ArrayList<>();
        while (unknown.find()) {
            versions.add(unknown.group(1));
        }
        if (versions.isEmpty()) {
            return e;
        }
        return new IllegalStateException("schema " + schema + " holds migration" + (versions.size() > 1 ? "s " : " ")
                + String.join(", ", versions) + " that this version does not have: a newer version has already run "
                + "on this database. Install that version or a later one; this one was not started and changed "
                + "nothing", e);
    }
}
