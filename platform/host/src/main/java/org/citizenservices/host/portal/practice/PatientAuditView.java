package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.audit.AuditEventDetails;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Table;

import java.util.List;

/** The patient's audit trail for staff: every recorded look and change, with actor, capacity, outcome and channel. */
@Route(value = "practice/patients/:patientId/audit", layout = MainLayout.class)
@PageTitle("Audit trail - Citizen Services")
public final class PatientAuditView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final H1 heading = new H1("Audit trail");
    private final Table table = new Table("patient-audit", null,
            List.of("When", "Who", "As", "Action", "Outcome", "Detail", "Source"));

    public PatientAuditView(Portal portal) {
        this.portal = portal;
        setId("patient-audit-view");
        setMaxWidth("90rem");
        add(heading, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        table.clearRows();
        try {
            long patientId = event.getRouteParameters().getLong("patientId").orElseThrow(() -> new NotFoundException("x"));
            heading.removeAll();
            heading.add(StaffPages.link(PracticePaths.patient(patientId), "Patient", "audit-back"));
            heading.add(" – audit trail");
            for (AuditEventDetails e : portal.core().patients().auditTrail(StaffPages.staff(), patientId)) {
                table.row(Formats.utcDateTime(e.occurredAt()), e.actor(), e.actingAs().name(), e.action(),
                        e.outcome().name(), e.detail(), e.source());
            }
        } catch (NotFoundException notOurs) {
            removeAll();
            add(new H1("Patient not found"), new Paragraph("There is no patient with that reference at your practice."));
        }
    }
}
