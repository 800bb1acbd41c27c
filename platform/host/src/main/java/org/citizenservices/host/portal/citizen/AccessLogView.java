package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.AuditEventDetails;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

import java.util.List;

/**
 * "Who has viewed or changed my information" (GDPR article 15): every recorded look at or change to the citizen's own
 * record and online account — by practice staff, by proxies (once the citizen is 16), by apps and by themself —
 * newest first, each with who, in what capacity, what and why.
 */
@Route(value = "access-log", layout = MainLayout.class)
@PageTitle("Who has viewed or changed my information - Citizen Services")
public final class AccessLogView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private static final int PAGE = 50;

    private final StackingTable<AuditEventDetails> table = new StackingTable<AuditEventDetails>("access-log-table",
            "Nothing is recorded yet.")
            .column("When", e -> Formats.utcDateTime(e.occurredAt()))
            .column("Who", AccessLogView::who)
            .column("What", e -> AuditAction.describe(e.action()))
            .column("Why", org.citizenservices.core.api.audit.AccessPurpose::of)
            .column("Result", e -> result(e.outcome()));

    public AccessLogView(Portal portal) {
        this.portal = portal;
        setId("access-log-view");
        setMaxWidth("70rem");
        add(new H1("Who has viewed or changed my information"),
                new Paragraph("Every time someone looks at or changes your details or your online account, it is "
                        + "recorded. If you see something you do not recognise, contact your GP practice."),
                table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // newest first, a page at a time: a long-standing account has thousands of entries
        table.setItems(PortalSignIn.signIn().<List<AuditEventDetails>>map(citizen ->
                List.copyOf(portal.core().citizens().ownAccessLog(citizen))).orElse(List.of()), PAGE);
    }

    private static String who(AuditEventDetails e) {
        String as = switch (e.actingAs()) {
            case STAFF -> "practice staff";
            case PROXY -> "acting for you";
            case APP -> "through an app";
            case SYSTEM -> "automatic";
            case SELF, CITIZEN -> "you";
        };
        return e.actingAs() == ActingAs.SYSTEM ? "Citizen Services (automatic)" : e.actor() + " (" + as + ")";
    }

    private static String result(Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "Done";
            case DENIED -> "Refused";
            case FAILED -> "Details did not match";
        };
    }
}
