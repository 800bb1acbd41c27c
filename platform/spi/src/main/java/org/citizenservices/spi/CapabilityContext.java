package org.citizenservices.spi;

import org.osgi.annotation.versioning.ProviderType;

import jakarta.persistence.EntityManagerFactory;

import java.util.Optional;

/**
 * What the host gives a capability when it starts it. Valid from {@link Capability#start(CapabilityContext)} until
 * {@link Capability#stop()} returns; do not keep it beyond.
 */
@ProviderType
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

    /**
     * In a demo installation ({@link #demoData()}), the id of the demo practice's patient with this NHS number, so
     * that a capability's example data belongs to the demo's people (Jane Demo's past appointments, say). Always
     * empty otherwise.
     *
     * @since 1.3
     */
    Optional<Long> demoPatientId(String nhsNumber);

    /**
     * Who the current request is for and whether they may use a service: the core's one access rule.
     *
     * @since 1.1
     */
    ServiceAccess serviceAccess();

    /**
     * The revision named {@code name} (letters, digits and '_') of this capability, for knowing when what it keeps
     * in memory is stale. Ask once, when starting, and move it on around every change to what it guards.
     *
     * @since 1.5
     */
    Revision revision(String name);

    /**
     * The installation's upload rules and the host's check of a file's type from its bytes: use it for every file a
     * citizen, a practice user or an app uploads, before anything of it is stored.
     *
     * @since 1.7
     */
    UploadPolicy uploads();

    /**
     * In a demo installation ({@link #demoData()}): the demo practice offers this capability's service (unless its
     * administrator has switched that service on or off before, which the demo never overrides), and the demo's proxy
     * associations to the patients with these NHS numbers register it, so that the demo's people can click through a
     * capability installed after the practice was seeded. Does nothing in a production installation.
     *
     * @since 1.16
     */
    default void offerInDemo(java.util.Set<String> proxiedNhsNumbers) {
    }
}
