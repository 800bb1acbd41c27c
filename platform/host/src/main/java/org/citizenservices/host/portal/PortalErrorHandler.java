package org.citizenservices.host.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * What a user sees when a view fails unexpectedly: an apology with a reference the practice can quote to support,
 * never a stack trace. The log gets the exception under the same reference. Without it, Vaadin's production mode
 * would log the error and show the user nothing at all.
 */
final class PortalErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error in the portal, reference {}", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notice = Notification.show("Sorry, something went wrong and your last action may not "
                        + "have been saved. Please try again. If it keeps happening, contact the practice and quote "
                        + "reference " + reference + ".", 10_000, Notification.Position.TOP_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notice.setId("unexpected-error-notice");
            });
        }
    }
}
