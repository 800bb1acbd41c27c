package org.citizenservices.host.portal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.util.Locale;

/**
 * Sets up every session and page the same way: British English (dates as 24/11/2026, weeks from Monday) whatever
 * the browser's language, because a GP practice and its letters do; and the portal's error handler.
 */
final class PortalSessions implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new PortalErrorHandler()));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}
