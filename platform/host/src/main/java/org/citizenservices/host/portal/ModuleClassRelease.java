package org.citizenservices.host.portal;

import com.vaadin.flow.component.internal.ComponentMetaData;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.internal.ReflectionCache;
import com.vaadin.flow.server.ServiceDestroyListener;
import com.vaadin.flow.server.VaadinService;
import org.citizenservices.spi.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes Vaadin forget a removed module's classes, so its bundle class loader can be collected. Runs after the open
 * pages have left the module's views, because leaving a view still touches these caches.
 *
 * <p>Flow 24.9 holds component classes strongly for the life of the application in three places:
 * <ul>
 *   <li>the reflection caches — cleared with {@link ReflectionCache#clearAll()};</li>
 *   <li>the service's destroy listeners: each component's {@code ComponentMetaData} registers one, capturing itself
 *       and so its class, and never removes it. After {@code clearAll()} those metadata objects are out of every
 *       cache and their listeners only tidy that dead metadata, so they are dropped;</li>
 *   <li>{@code UIInternals.warnedAboutDeps}, a static set of every component class whose front-end dependencies were
 *       checked in production mode — the module's entries are removed.</li>
 * </ul>
 * The last two have no API and are reached reflectively; if a later Flow renames them this logs a warning, and the
 * leak test ({@code RedeployLeakIT}) fails.
 */
final class ModuleClassRelease implements RouteBook.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleClassRelease.class);
    private static final String METADATA_LISTENER = ComponentMetaData.class.getName() + "$$Lambda";

    private final Supplier<VaadinService> service;

    ModuleClassRelease(Supplier<VaadinService> service) {
        this.service = service;
    }

    @Override
    public void added(String capabilityId, List<ViewContribution> views) {
        // nothing to release
    }

    @Override
    public void removed(String capabilityId, String displayName, List<ViewContribution> views) {
        ReflectionCache.clearAll();
        VaadinService vaadin = service.get();
        if (vaadin != null) {
            Set<ServiceDestroyListener> listeners = field(VaadinService.class, "serviceDestroyListeners", vaadin);
            listeners.removeIf(listener -> listener.getClass().getName().startsWith(METADATA_LISTENER));
        }
        if (!views.isEmpty()) {
            ClassLoader loader = views.get(0).viewClass().getClassLoader();
            Set<Class<?>> warned = field(UIInternals.class, "warnedAboutDeps", null);
            warned.removeIf(type -> type.getClassLoader() == loader);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Set<T> field(Class<?> owner, String name, Object instance) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return (Set<T>) field.get(instance);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Cannot clear {}.{}; a removed module's classes may stay in memory: {}", owner.getSimpleName(),
                    name, e.getMessage());
            return new HashSet<>();
        }
    }
}
