package org.citizenservices.host.portal;

import org.citizenservices.host.portal.security.PortalSignIn;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.util.Locale;

/**
 * Sets up every session and page the same way: British English (dates as 24/11/2026, weeks from Monday) whatever
 * the browser's language, because a GP practice and its letters do; the portal's error handler; the idle
 * timeout; the access guard in front of every view; and the words shown when the connection drops.
 */
final class PortalSessions implements VaadinServiceInitListener {

    static final String RECONNECTING = "You are not connected. Trying to connect again…";
    static final String GAVE_UP = "You are not connected. Check your internet connection, then reload the page.";

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
            plainReconnectWords(init.getUI().getReconnectDialogConfiguration());
            init.getUI().addBeforeEnterListener(new AccessGuard(portal));
        });
    }

    /** What a phone losing its signal shows, in plain words instead of Vaadin's "Connection lost". */
    static void plainReconnectWords(ReconnectDialogConfiguration reconnect) {
        reconnect.setDialogText(RECONNECTING);
        reconnect.setDialogTextGaveUp(GAVE_UP);
    }
}
