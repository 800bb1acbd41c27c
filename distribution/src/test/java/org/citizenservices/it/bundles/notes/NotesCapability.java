package org.citizenservices.it.bundles.notes;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.it.bundles.TestCapability;
import org.citizenservices.spi.CapabilityContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.util.Hashtable;
import java.util.List;
import java.util.function.Function;

/**
 * The notes capability (id {@code notes}) as each version of the test module runs it, given that version's entity.
 * While it runs it offers the test a {@code Function<String, List<String>>}, registered with {@code it.notes} set
 * to the version: a non-null argument is stored as a note, and the answer is every note as this version shows it.
 * Each version's bundle carries its own copy of this class, as it would of any code the two share.
 *
 * @param <N> the version's {@code Note} entity
 */
public final class NotesCapability<N> extends TestCapability {

    private final BundleContext bundleContext;
    private final String version;
    private final Class<N> entity;
    private final Function<String, N> stored;
    private final Function<N, String> shown;
    private ServiceRegistration<?> registration;

    public NotesCapability(BundleContext bundleContext, String version, Class<N> entity, Function<String, N> stored,
                           Function<N, String> shown) {
        super("notes", "NOTES", "Notes", List.of());
        this.bundleContext = bundleContext;
        this.version = version;
        this.entity = entity;
        this.stored = stored;
        this.shown = shown;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(entity);
    }

    @Override
    public void start(CapabilityContext context) {
        EntityManagerFactory factory = context.entityManagerFactory();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("it.notes", version);
        registration = bundleContext.registerService(Function.class,
                (Function<String, List<String>>) text -> notes(factory, text), properties);
    }

    @Override
    public void stop() {
        registration.unregister();
    }

    private List<String> notes(EntityManagerFactory factory, String text) {
        EntityManager em = factory.createEntityManager();
        try {
            if (text != null) {
                em.getTransaction().begin();
                em.persist(stored.apply(text));
                em.getTransaction().commit();
            }
            return em.createQuery("select n from Note n order by n.id", entity).getResultList().stream()
                    .map(shown).toList();
        } finally {
            em.close();
        }
    }
}
