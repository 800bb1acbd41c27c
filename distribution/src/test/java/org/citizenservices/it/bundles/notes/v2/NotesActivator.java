package org.citizenservices.it.bundles.notes.v2;

import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.ViewContribution;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.Hashtable;
import java.util.List;
import java.util.function.Function;

/**
 * Packed into version 1.1.0 of the notes test module: the same capability, whose notes now have a priority
 * ({@code "text!"} stores an URGENT one, anything else a NORMAL one) and are shown with it.
 */
public class NotesActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(Capability.class, new Notes(context), null);
    }

    @Override
    public void stop(BundleContext context) {
    }

    private static final class Notes implements Capability {

        private final BundleContext bundleContext;
        private ServiceRegistration<?> registration;

        Notes(BundleContext bundleContext) {
            this.bundleContext = bundleContext;
        }

        @Override
        public String id() {
            return "notes";
        }

        @Override
        public CitizenService service() {
            return new CitizenService("NOTES");
        }

        @Override
        public String displayName() {
            return "Notes";
        }

        @Override
        public List<ViewContribution> views() {
            return List.of();
        }

        @Override
        public List<Class<?>> entityClasses() {
            return List.of(Note.class);
        }

        @Override
        public void start(CapabilityContext context) {
            EntityManagerFactory factory = context.entityManagerFactory();
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("it.notes", "1.1.0");
            registration = bundleContext.registerService(Function.class,
                    (Function<String, List<String>>) text -> notes(factory, text), properties);
        }

        @Override
        public void stop() {
            registration.unregister();
        }

        private static List<String> notes(EntityManagerFactory factory, String text) {
            EntityManager em = factory.createEntityManager();
            try {
                if (text != null) {
                    em.getTransaction().begin();
                    em.persist(text.endsWith("!") ? new Note(text.substring(0, text.length() - 1), "URGENT")
                            : new Note(text, "NORMAL"));
                    em.getTransaction().commit();
                }
                return em.createQuery("select n from Note n order by n.id", Note.class).getResultList().stream()
                        .map(Note::shown).toList();
            } finally {
                em.close();
            }
        }
    }
}
