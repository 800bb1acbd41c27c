package org.citizenservices.host.persistence;

import org.citizenservices.persistence.ModulePersistence;

import java.util.List;

/**
 * The host's own schema, {@code HOST}: the tables the host itself keeps (the patient API's sessions and credential
 * buckets when nodes share the database), migrated from {@code db/migration/host/} the way the core's are, with
 * their own history. The core's schema holds none of the host's tables.
 */
public final class HostSchema {

    /** The migrations' id: schema {@code HOST}, scripts in {@code db/migration/host/}. */
    public static final String ID = "host";

    /** How the host's SQL names the schema; unquoted, so PostgreSQL folds it to {@code host} as it did the schema. */
    public static final String NAME = ModulePersistence.schemaOf(ID);

    private HostSchema() {
    }

    /** Migrates the host's schema; call before anything reads or writes its tables. */
    public static void migrate(ModulePersistence persistence) {
        // no entities: the host's tables are read and written with plain SQL by their repositories
        persistence.openOnClassPath(ID, List.of());
    }
}
