package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.citizenservices.core.api.audit.AuditEventDetails;
import org.citizenservices.core.api.audit.AuditTrail;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Table;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Sign-in pauses of the last 14 days, staff and patients alike: after five wrong passwords each further one pauses
 * that account's sign-in for a growing while, so a run of pauses is someone guessing, and the practice sees it here.
 */
final class SignInPauses extends Div {

    static final int DAYS = 14;

    SignInPauses(AuditTrail audit, StaffMember staff, LocalDateTime now) {
        setId("sign-in-pauses");
        add(new H2("Sign-in pauses in the last " + DAYS + " days"));
        List<? extends AuditEventDetails> pauses = audit.signInPauses(staff, now.minusDays(DAYS));
        if (pauses.isEmpty()) {
            add(new Paragraph("No account's sign-in has been paused after wrong passwords."));
            return;
        }
        add(new Paragraph("Each pause follows five or more wrong passwords in a row. If you see many for one account, "
                + "check with its owner; the right password works again once the pause is over."));
        Table table = new Table("sign-in-pauses-table", null, List.of("When", "Account", "Pause"));
        pauses.forEach(e -> table.row(Formats.utcDateTime(e.occurredAt()), e.actor(), e.detail()));
        add(table);
    }
}
