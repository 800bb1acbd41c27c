package org.citizenservices.spi;

import com.vaadin.flow.component.Component;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A Vaadin view a capability adds to the portal. The host registers it as a route inside the portal's layout while
 * the capability is installed, lists it in the navigation of its {@link #area() area}, and removes both when the
 * capability goes away.
 *
 * <p>{@code @Route} annotations on bundle classes are not scanned: a view exists only through this declaration.
 *
 * @param path         route path without leading slash, e.g. {@code "appointments"} or {@code "practice/appointment-book"}
 * @param viewClass    the view component class, loaded by the capability bundle
 * @param area         citizen or practice side
 * @param menuLabel    text of the navigation entry
 * @param order        position in the navigation, lower first
 * @param requiredRole role a user needs to open the view
 * @param factory      creates the view; {@code null} means Vaadin instantiates {@code viewClass} through its public
 *                     no-argument constructor. A factory lets a view receive its services through its constructor.
 */
public record ViewContribution(String path, Class<? extends Component> viewClass, Area area, String menuLabel,
                               int order, Role requiredRole, Supplier<? extends Component> factory) {

    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

    public ViewContribution {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(viewClass, "viewClass");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(menuLabel, "menuLabel");
        Objects.requireNonNull(requiredRole, "requiredRole");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException(
                    "A view path is lower-case words separated by '-' and '/', without a leading slash: " + path);
        }
        if (menuLabel.isBlank()) {
            throw new IllegalArgumentException("A view needs a menu label: " + path);
        }
    }

    /** A citizen-side view created by {@code factory}. */
    public static <V extends Component> ViewContribution citizen(String path, Class<V> viewClass, String menuLabel,
                                                                 int order, Supplier<V> factory) {
        return new ViewContribution(path, viewClass, Area.CITIZEN, menuLabel, order, Role.CITIZEN, factory);
    }

    /** A practice-side view for staff holding {@code role}, created by {@code factory}. */
    public static <V extends Component> ViewContribution practice(String path, Class<V> viewClass, String menuLabel,
                                                                  int order, Role role, Supplier<V> factory) {
        return new ViewContribution(path, viewClass, Area.PRACTICE, menuLabel, order, role, factory);
    }

    /** The factory, when the view is not created through its no-argument constructor. */
    public Optional<Supplier<? extends Component>> viewFactory() {
        return Optional.ofNullable(factory);
    }
}
