package org.citizenservices.host.portal;

import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.host.portal.security.PortalSignIn;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.citizenservices.spi.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The portal pages open in browsers right now, so a module coming or going can update them at once (over push):
 * the navigation is rebuilt, and a page showing a view of a removed module is taken to the home page with a notice.
 *
 * <p>Held weakly: a layout whose session has expired must not be kept alive here, nor the bundle classes it shows.
 */
public final class OpenPages implements RouteBook.Listener {

    /** A view whose content depends on which modules are installed; told when that changes. */
    public interface FollowsModules {
        void modulesChanged();
    }

    private static final Logger LOG = LoggerFactory.getLogger(OpenPages.class);
    private static final Duration MOVE_TIMEOUT = Duration.ofSeconds(5);

    private final Set<MainLayout> layouts = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    void opened(MainLayout layout) {
        layouts.add(layout);
    }

    void closed(MainLayout layout) {
        layouts.remove(layout);
    }

    public int count() {
        return layouts.size();
    }

    @Override
    public void added(String capabilityId, List<ViewContribution> views) {
        forEachPage((ui, layout) -> {
            layout.refreshNavigation();
            refreshCurrentView(ui);
        });
    }

    @Override
    public void removed(String capabilityId, String displayName, List<ViewContribution> views) {
        Set<Class<?>> gone = views.stream().map(ViewContribution::viewClass).collect(Collectors.toSet());
        List<Future<Void>> moves = forEachPage((ui, layout) -> {
            layout.refreshNavigation();
            if (showsOneOf(ui, gone)) {
                ui.navigate(HomeView.class);
                Notification notice = Notification.show(displayName
                        + " is no longer available here, so you have been taken to the home page.", 8000,
                        Notification.Position.TOP_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                notice.setId("module-removed-notice");
            } else {
                refreshCurrentView(ui);
            }
        });
        awaitBriefly(moves);
    }

    /**
     * Ends, at once, every open page of a citizen session whose account linkage is no longer current (the practice
     * reset the registration letter, disconnected the portal or made the account inactive): the session forgets the
     * sign-in and the page goes to the sign-in page with a notice. Other pages of the same account stay. A page acting
     * through an account at another practice that ended goes home, acting through the sign-in's own account.
     */
    public void endRevokedCitizenSessions(long vuaId, java.util.function.Predicate<SignedInCitizen> stillCurrent) {
        forEachPage((ui, layout) -> {
            if (PortalSignIn.signIn().filter(c -> c.vuaId() == vuaId && !stillCurrent.test(c)).isPresent()) {
                PortalSignIn.forget();
                ui.navigate("sign-in");
                Notification notice = Notification.show("You have been signed out by your GP practice. "
                        + "Sign in again, or contact the practice.", 10000, Notification.Position.TOP_CENTER);
                notice.setId("signed-out-notice");
                layout.refreshNavigation();
            } else if (PortalSignIn.citizen().filter(c -> c.vuaId() == vuaId && !stillCurrent.test(c)).isPresent()) {
                // the account at another practice ended: the page goes home, acting through the sign-in's own
                PortalSignIn.actThroughOwnAccount();
                ui.navigate("");
                Notification.show("You can no longer use your online account at that practice. Contact the "
                        + "practice.", 10000, Notification.Position.TOP_CENTER).setId("practice-ended-notice");
                layout.refreshNavigation();
                // already home: its tiles were the other practice's patient's
                refreshCurrentView(ui);
            }
        });
    }

    /**
     * Waits, a bounded time, for pages to leave a removed module's views, so that the module's classes are no longer
     * in use when the bundle goes. A page whose session is busy elsewhere catches up on its own.
     */
    private static void awaitBriefly(List<Future<Void>> moves) {
        long deadline = System.nanoTime() + MOVE_TIMEOUT.toNanos();
        for (Future<Void> move : moves) {
            try {
                move.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException busy) {
                return;
            } catch (ExecutionException e) {
                LOG.warn("A page could not leave a removed module's view: {}", e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void refreshCurrentView(UI ui) {
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        if (!chain.isEmpty() && chain.get(0) instanceof FollowsModules view) {
            view.modulesChanged();
        }
    }

    private static boolean showsOneOf(UI ui, Set<Class<?>> viewClasses) {
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && viewClasses.contains(chain.get(0).getClass());
    }

    private List<Future<Void>> forEachPage(java.util.function.BiConsumer<UI, MainLayout> change) {
        List<MainLayout> snapshot;
        synchronized (layouts) {
            snapshot = List.copyOf(layouts);
        }
        List<Future<Void>> changes = new ArrayList<>();
        for (MainLayout layout : snapshot) {
            layout.getUI().ifPresent(ui -> {
                try {
                    // runs now if the session is free, otherwise as soon as its current request ends
                    changes.add(ui.access(() -> change.accept(ui, layout)));
                } catch (com.vaadin.flow.component.UIDetachedException detached) {
                    layouts.remove(layout);
                }
            });
        }
        return changes;
    }
}
