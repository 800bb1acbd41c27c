package org.citizenservices.host.portal;

import org.citizenservices.host.portal.security.PortalSignIn;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.util.Locale;

/**
 * Sets up every session and page the same way: British English (dates as 24/11/2026, weeks from Monday) whatever
 * the browser's language, because a GP practice and its letters do; the portal's error handler; the idle
 * timeout; and the access guard in front of every view.
 */
final class PortalSessions implements VaadinServiceInitListener {

    private final Portal portal;

    PortalSessions(Portal portal) {
        this.portal = portal;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setErrorHandler(new PortalErrorHandler());
            if (init.getSession().getSession() != null) {
                init.getSession().getSession().setMaxInactiveInterval(PortalSignIn.IDLE_TIMEOUT_SECONDS);
            }
        });
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(Locale.UK);
            init.getUI().addBeforeEnterListener(new AccessGuard(portal));
        });
    }
}
