package org.citizenservices.host.portal;

import com.vaadin.flow.component.Component;
import org.citizenservices.host.modules.Contributions;
import org.citizenservices.spi.Area;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The host's bookkeeping of which capability contributes which views. It is the single source for the portal's
 * route registry, its navigation and its view factories, so adding or removing a capability changes all three
 * together. Listeners hear of every change after the book is updated.
 */
public final class RouteBook implements Contributions<ViewContribution> {

    /** Paths the host serves itself; no capability may take them. */
    static final Set<String> RESERVED = Set.of("health", "api", "practice", "sign-in", "sign-out", "modules",
            "register", "access-log", "account", "practice/sign-in", "practice/patients", "practice/accounts",
            "practice/admin", "practice/reviews", "activate", "practice/staff", "practice/account", "supplier",
            "supplier/sign-in", "supplier/practices", "supplier/apps", "practice/api-clients",
            "practice/proxy-applications");

    /** A navigation entry. */
    public record MenuEntry(String path, String label, Area area, int order, String capabilityId,
                            CitizenService service, Role requiredRole) {
    }

    /** What a listener is told. */
    public interface Listener {
        void added(String capabilityId, List<ViewContribution> views);

        void removed(String capabilityId, String displayName, List<ViewContribution> views);
    }

    private record Contribution(String displayName, CitizenService service, List<ViewContribution> views) {
    }

    private final Map<String, Contribution> byCapability = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Throws if {@code views} could not be added for {@code capabilityId}; changes nothing. */
    @Override
    public synchronized void checkCanAdd(String capabilityId, List<ViewContribution> views) {
        if (byCapability.containsKey(capabilityId)) {
            throw new IllegalStateException("another installed module already has the id '" + capabilityId + "'");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (ViewContribution view : views) {
            if (RESERVED.contains(view.path())) {
                throw new IllegalArgumentException("the path '" + view.path() + "' is reserved by the host");
            }
            if (!seen.add(view.path())) {
                throw new IllegalArgumentException("the path '" + view.path() + "' is declared twice");
            }
            byCapability.forEach((other, contribution) -> contribution.views().forEach(v -> {
                if (v.path().equals(view.path())) {
                    throw new IllegalArgumentException(
                            "the path '" + view.path() + "' already belongs to module '" + other + "'");
                }
            }));
        }
    }

    @Override
    public void add(String capabilityId, String displayName, CitizenService service, List<ViewContribution> views) {
        List<ViewContribution> copy = List.copyOf(views);
        synchronized (this) {
            checkCanAdd(capabilityId, copy);
            byCapability.put(capabilityId, new Contribution(displayName, service, copy));
        }
        listeners.forEach(l -> l.added(capabilityId, copy));
    }

    /** Removes a capability's views; returns them (empty if it had none or was unknown). */
    @Override
    public List<ViewContribution> remove(String capabilityId) {
        Contribution removed;
        synchronized (this) {
            removed = byCapability.remove(capabilityId);
        }
        if (removed == null) {
            return List.of();
        }
        listeners.forEach(l -> l.removed(capabilityId, removed.displayName(), removed.views()));
        return removed.views();
    }

    /** Navigation entries of one area, by order then label. */
    public synchronized List<MenuEntry> menu(Area area) {
        List<MenuEntry> entries = new ArrayList<>();
        byCapability.forEach((id, contribution) -> contribution.views().stream()
                .filter(v -> v.area() == area)
                .forEach(v -> entries.add(entry(id, contribution, v))));
        entries.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::label));
        return entries;
    }

    private static MenuEntry entry(String id, Contribution contribution, ViewContribution v) {
        return new MenuEntry(v.path(), v.menuLabel(), v.area(), v.order(), id, contribution.service(),
                v.requiredRole());
    }

    /** The installed view at this path, if a capability contributes one. */
    public synchronized Optional<MenuEntry> viewAt(String path) {
        for (Map.Entry<String, Contribution> e : byCapability.entrySet()) {
            for (ViewContribution v : e.getValue().views()) {
                if (v.path().equals(path)) {
                    return Optional.of(entry(e.getKey(), e.getValue(), v));
                }
            }
        }
        return Optional.empty();
    }

    /** The services of the installed capabilities: condition 1 of the access rule. */
    public synchronized Set<CitizenService> installedServices() {
        Set<CitizenService> services = new java.util.LinkedHashSet<>();
        byCapability.values().forEach(c -> services.add(c.service()));
        return Set.copyOf(services);
    }

    /** The installed capabilities' services with their display names, for the practice's switches. */
    public synchronized Map<CitizenService, String> installedServiceNames() {
        Map<CitizenService, String> names = new LinkedHashMap<>();
        byCapability.values().forEach(c -> names.putIfAbsent(c.service(), c.displayName()));
        return names;
    }

    /** Every registered view. */
    public synchronized List<ViewContribution> views() {
        return byCapability.values().stream().flatMap(c -> c.views().stream()).toList();
    }

    /** The factory a capability gave for this view class, if the class is one of its registered views. */
    public synchronized Optional<Supplier<? extends Component>> factoryFor(Class<?> viewClass) {
        return byCapability.values().stream()
                .flatMap(c -> c.views().stream())
                .filter(v -> v.viewClass() == viewClass)
                .findFirst()
                .flatMap(ViewContribution::viewFactory);
    }
}
