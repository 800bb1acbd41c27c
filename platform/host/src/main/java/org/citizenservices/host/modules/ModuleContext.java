package org.citizenservices.host.modules;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Revision;
import org.citizenservices.spi.ServiceAccess;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What the host gives one capability when it starts it: its unit, the access rule, its revisions, the demo's hooks. */
record ModuleContext(EntityManagerFactory factory, DemoData demo, CitizenService service,
                     java.util.function.Supplier<ServiceAccess> access, Function<String, Revision> revisions)
        implements CapabilityContext {

    /** The access rule; the first capability to ask waits for the core if it is still opening. */
    @Override
    public ServiceAccess serviceAccess() {
        return access.get();
    }

    @Override
    public boolean demoData() {
        return demo.on();
    }

    @Override
    public void offerInDemo(Set<String> proxiedNhsNumbers) {
        demo.offers().accept(service, Set.copyOf(proxiedNhsNumbers));
    }

    @Override
    public Revision revision(String name) {
        return revisions.apply(name);
    }

    @Override
    public org.citizenservices.spi.UploadPolicy uploads() {
        return org.citizenservices.host.uploads.TikaUploadPolicy.installed();
    }

    @Override
    public Optional<Long> demoPatientId(String nhsNumber) {
        return demo.patients().apply(nhsNumber);
    }

    @Override
    public EntityManagerFactory entityManagerFactory() {
        if (factory == null) {
            throw new IllegalStateException("this capability declares no entity classes");
        }
        return factory;
    }
}
