package org.citizenservices.spi;

import jakarta.persistence.EntityManagerFactory;

/**
 * What the host gives a capability when it starts it. Valid from {@link Capability#start(CapabilityContext)} until
 * {@link Capability#stop()} returns; do not keep it beyond.
 */
public interface CapabilityContext {

    /**
     * The capability's own persistence unit: its {@link Capability#entityClasses() entity classes} on the host's
     * database, with the schema already migrated from the bundle's {@code db/migration/*.sql} scripts. Owned and
     * closed by the host.
     *
     * @throws IllegalStateException if the capability declares no entity classes
     */
    EntityManagerFactory entityManagerFactory();

    /**
     * Whether the host runs with {@code --demo}: a capability may then seed example data (a demo practice to click
     * through) into its tables when they are empty. Never true in a practice's production installation.
     */
    boolean demoData();
}
