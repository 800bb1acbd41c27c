package org.citizenservices.spi.testing;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Just enough of a bundle's framework to see what a module registers and unregisters: services by their interface,
 * and an unregister that fails a second time, as the framework's does.
 */
public final class FakeBundle {

    public final Map<String, Object> registered = new LinkedHashMap<>();

    public BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("registerService") || !(args[0] instanceof Class<?> type)) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    registered.put(type.getName(), args[1]);
                    return registration(type.getName());
                });
    }

    private ServiceRegistration<?> registration(String type) {
        return (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("unregister")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (registered.remove(type) == null) {
                        throw new IllegalStateException("already unregistered");
                    }
                    return null;
                });
    }
}
