package org.citizenservices.host.portal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.util.Locale;

/**
 * Every page speaks British English (dates as 24/11/2026, weeks from Monday) whatever the browser's language,
 * because a GP practice and its letters do.
 */
final class BritishLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}
