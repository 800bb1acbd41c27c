package org.citizenservices.host.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.citizenservices.core.api.audit.AuditUnavailableException;
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
        if (auditUnavailable(event.getThrowable())) {
            // not a fault of the page: the audit trail could not record the action in time, so it was not done
            LOG.warn("Portal action refused, the audit trail is unavailable: {}", event.getThrowable().getMessage());
            show("We could not record this in the audit trail just now, so it was not done and nothing was shown. "
                    + "Please try again in a few seconds.", "audit-unavailable-notice");
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error in the portal, reference {}", reference, event.getThrowable());
        show("Sorry, something went wrong and your last action may not have been saved. Please try again. If it "
                + "keeps happening, contact the practice and quote reference " + reference + ".",
                "unexpected-error-notice");
    }

    /** Vaadin hands the error over wrapped (e.g. in an RPC's exception), so the causes are looked through. */
    static boolean auditUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuditUnavailableException) {
                return true;
            }
        }
        return false;
    }

    private static void show(String text, String id) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notice = Notification.show(text, 10_000, Notification.Position.TOP_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notice.setId(id);
            });
        }
    }
}
