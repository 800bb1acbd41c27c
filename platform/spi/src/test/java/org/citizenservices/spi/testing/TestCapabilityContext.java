package org.citizenservices.spi.testing;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.Revision;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UploadPolicy;

import java.util.Optional;

/**
 * What the host hands a capability's {@code start}, for a module's tests (the SPI's test jar): the test's database
 * unit, access and upload check, no demo data and revisions in memory. {@code uploads} may be null for a module that
 * takes no files; asking for it then fails.
 */
public record TestCapabilityContext(EntityManagerFactory entityManagerFactory, ServiceAccess serviceAccess,
                                    UploadPolicy uploadPolicy) implements CapabilityContext {

    /** A context for a module that takes no files. */
    public TestCapabilityContext(EntityManagerFactory entityManagerFactory, ServiceAccess serviceAccess) {
        this(entityManagerFactory, serviceAccess, null);
    }

    @Override
    public boolean demoData() {
        return false;
    }

    @Override
    public Optional<Long> demoPatientId(String nhsNumber) {
        return Optional.empty();
    }

    @Override
    public Revision revision(String name) {
        return Revision.inMemory();
    }

    @Override
    public UploadPolicy uploads() {
        if (uploadPolicy == null) {
            throw new UnsupportedOperationException("this module's test gave no upload check");
        }
        return uploadPolicy;
    }
}
