package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Table;

import java.util.List;

/**
 * Proxy access waiting for the 11+ review: a parent's access to a child who has turned 11. Nothing changes until a
 * clinician reviews it on the account page.
 */
@Route(value = "practice/reviews", layout = MainLayout.class)
@PageTitle("Proxy access reviews - Citizen Services")
public final class ReviewsView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final Table table = new Table("reviews-table", null,
            List.of("Patient", "Age", "Proxy", "Relationship", "Services", "Online account"));
    private final Paragraph none = new Paragraph("No proxy access is waiting for review.");

    public ReviewsView(Portal portal) {
        this.portal = portal;
        setId("reviews-view");
        setMaxWidth("70rem");
        add(new H1("Proxy access reviews"), new Paragraph("When a child turns 11, their parents' online access is "
                + "reviewed with the child. Access stays as it is until a clinician records the review."), none, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        table.clearRows();
        var today = Times.today(portal.core().clock());
        List<? extends PatientAssociationDetails> due = portal.core().associations().reviewsDue(StaffPages.staff());
        for (PatientAssociationDetails a : due) {
            table.row(StaffPages.link(PracticePaths.patient(a.patient().id()), a.patient().displayName(),
                            "review-patient-" + a.patient().nhsNumber().value()),
                    a.patient().ageOn(today) + " (born " + Formats.date(a.patient().dateOfBirth()) + ")",
                    a.vua().displayName(), a.relationship().label(),
                    String.join(", ", a.services().stream().map(s -> s.key()).sorted().toList()),
                    StaffPages.link(PracticePaths.account(a.vua().id()), a.vua().accountId().value(),
                            "review-account-" + a.vua().accountId().value()));
        }
        none.setVisible(due.isEmpty());
        table.setVisible(!due.isEmpty());
    }
}
