package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.citizenservices.core.api.notify.NotificationOutbox;
import org.citizenservices.core.api.notify.OutboxNotificationDetails;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.Table;

import java.util.List;

/**
 * The practice's notices to patients that could not be sent after every retry (a mail server that kept refusing,
 * an account no longer active), so someone can check the contact details and send them again.
 */
final class UnsentNotifications extends Div {

    UnsentNotifications(NotificationOutbox outbox, StaffMember staff, Messages messages, Runnable changed) {
        setId("unsent-notifications");
        add(new H2("Notices that could not be sent"));
        List<? extends OutboxNotificationDetails> failed = outbox.failures(staff);
        if (failed.isEmpty()) {
            add(new Paragraph("Every notice to patients has been sent, or is still being tried."));
            return;
        }
        add(new Paragraph("These notices were tried " + failed.get(0).attempts() + " times over several hours. "
                + "Check the account's contact details, then send them again."));
        Table table = new Table("unsent-notifications-table", null,
                List.of("Account", "Notice", "Queued", "Problem", ""));
        for (OutboxNotificationDetails notice : failed) {
            Button again = new Button("Send again", click -> {
                if (messages.run(() -> outbox.retry(staff, notice.id()))) {
                    changed.run();
                    messages.done("The notice to " + notice.accountId() + " will be sent again.");
                }
            });
            again.setId("unsent-notification-retry-" + notice.id());
            table.row(notice.accountId(), notice.notice(), Formats.utcDateTime(notice.createdAt()), notice.lastError(),
                    again);
        }
        add(table);
    }
}
