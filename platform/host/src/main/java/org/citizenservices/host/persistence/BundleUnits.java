package org.citizenservices.host.persistence;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.persistence.ModulePersistence.OpenUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import java.util.List;

/**
 * Opens a capability bundle's persistence unit: what the persistence service needs from the bundle — its migration
 * scripts, its class loader, its root entry — read here, so that the persistence service (which the core uses too)
 * knows nothing of OSGi.
 */
public final class BundleUnits {

    private BundleUnits() {
    }

    /**
     * Migrates the capability's schema from the SQL scripts in its bundle, then opens its persistence unit over its
     * entity classes with the bundle's class loader; {@code null} when it declares no entity classes.
     */
    public static OpenUnit open(ModulePersistence persistence, Bundle bundle, String capabilityId,
                                List<Class<?>> entityClasses) {
        BundleMigrations migrations = BundleMigrations.of(bundle);
        return persistence.open(capabilityId, bundle.adapt(BundleWiring.class).getClassLoader(), bundle.getEntry("/"),
                entityClasses, migrations.any() ? migrations : null);
    }
}
