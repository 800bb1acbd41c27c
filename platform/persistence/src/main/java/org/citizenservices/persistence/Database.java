package org.citizenservices.persistence;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Map;

/**
 * The database every schema lives in: embedded Derby in files under the data folder, or a PostgreSQL server that
 * several nodes share. Each module gets a {@link DataSource} whose default schema is its own, so unqualified table
 * names in its SQL and its entities land in its own schema.
 */
public abstract class Database implements AutoCloseable {

    /** Embedded Derby under {@code derbyHome}; boots Derby and creates the database on first use. */
    public static Database open(Path derbyHome) {
        return DerbyDatabase.boot(derbyHome);
    }

    /** The database the settings name: embedded Derby under {@code derbyHome} unless they give a server URL. */
    public static Database open(DatabaseSettings settings, Path derbyHome) {
        return open(settings, derbyHome, null);
    }

    /**
     * The same; a new embedded Derby database starts as a copy of {@code derbyTemplate} (a migrated, empty database
     * the installation ships; {@code null}: none) instead of being created and migrated from the first script.
     */
    public static Database open(DatabaseSettings settings, Path derbyHome, Path derbyTemplate) {
        return settings.isEmbedded() ? DerbyDatabase.boot(derbyHome, derbyTemplate) : PostgresDatabase.connect(settings);
    }

    /**
     * Builds an embedded Derby database template at {@code target} (replaced): a new database on which
     * {@code migrate} runs the schemas' migrations, shut down cleanly. See {@link #open(DatabaseSettings, Path, Path)}.
     */
    public static void buildDerbyTemplate(Path target, java.util.function.Consumer<ModulePersistence> migrate) {
        DerbyTemplate.build(target, migrate);
    }

    /** A data source whose default schema is {@code schema} (as {@link ModulePersistence#schemaOf} names it). */
    public abstract DataSource dataSourceFor(String schema);

    /**
     * Whether other hosts may use this database at the same time. Then nothing read from it may be kept in memory
     * past the moment it was read unless something tells the host it changed: entity caches are off, and the
     * core's revision of access facts lives in the database.
     */
    public abstract boolean shared();

    /** What an operator reads in the log: the engine and where it is, never a password. */
    public abstract String describe();

    /** The schema's name as this engine spells it. */
    abstract String schemaName(String schema);

    /**
     * The values of the placeholders in migrations, for the few types no SQL standard spells the same way in
     * both engines: {@code ${blob}} is a binary large object.
     */
    abstract Map<String, String> placeholders();

    /**
     * A consistent copy of the whole database into {@code directory} while the host keeps serving: Derby's online
     * backup, or {@code pg_dump} of the PostgreSQL database. Returns what was written.
     */
    public abstract Path backupTo(Path directory);

    /**
     * Replaces the database's contents with a backup made by {@link #backupTo}. No node may be using it: for Derby
     * the data folder's database is replaced (the old one kept beside it); for PostgreSQL {@code pg_restore --clean}
     * drops and recreates what the backup holds.
     */
    public static void restore(DatabaseSettings settings, Path derbyHome, Path directory) {
        if (settings.isEmbedded()) {
            DerbyDatabase.restore(derbyHome, directory);
        } else {
            PostgresDatabase.restore(settings, directory);
        }
    }

    /** EclipseLink settings this engine needs beyond the common ones. */
    abstract Map<String, Object> unitProperties();

    @Override
    public abstract void close();
}
