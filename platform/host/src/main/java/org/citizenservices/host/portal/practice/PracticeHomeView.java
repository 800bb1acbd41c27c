package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.VuaDetails;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.Table;

import java.util.List;
import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/** The staff start page: find a patient (name, NHS number or date of birth) or an online account. */
@Route(value = "practice", layout = MainLayout.class)
@PageTitle("Find a patient - Citizen Services")
public final class PracticeHomeView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final TextField query = new TextField("Name, NHS number or date of birth");
    private final TextField accountQuery = new TextField("Account ID or name");
    private final Messages messages = new Messages("patient-search-error");
    private final Table results = new Table("patient-results", null,
            List.of("Name", "NHS number", "Date of birth", "Registration"));
    private final Table accounts = new Table("account-results", null, List.of("Account", "Name", "Status"));
    private final H1 heading = new H1();
    private final Paragraph reviews = new Paragraph();

    public PracticeHomeView(Portal portal) {
        this.portal = portal;
        setId("practice-home-view");
        setMaxWidth("70rem");
        bounded(query, "patient-search", FreeText.SEARCH).setWidth("24rem");
        Button search = primary("Search", "patient-search-button", click -> search());
        query.addKeyPressListener(Key.ENTER, e -> search());
        bounded(accountQuery, "account-search", FreeText.SEARCH);
        Button findAccount = new Button("Find account", click -> findAccounts());
        findAccount.setId("account-search-button");
        reviews.setId("reviews-due");
        results.setVisible(false);
        accounts.setVisible(false);
        HorizontalLayout patientSearch = new HorizontalLayout(query, search);
        patientSearch.setAlignItems(Alignment.BASELINE);
        HorizontalLayout accountSearch = new HorizontalLayout(accountQuery, findAccount);
        accountSearch.setAlignItems(Alignment.BASELINE);
        add(heading, reviews, new H2("Find a patient"), patientSearch, messages, results,
                new H2("Online accounts"), accountSearch, accounts,
                StaffPages.link(PracticePaths.newAccount(null),
                        "Create an online account for someone acting for a patient (a proxy)", "new-proxy-account"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffMember staff = StaffPages.staff();
        heading.setText(staff.practiceName() + " (" + staff.odsCode() + ")");
        int due = portal.core().associations().reviewsDue(staff).size();
        reviews.removeAll();
        if (due > 0) {
            reviews.add(StaffPages.link(PracticePaths.REVIEWS, due + (due == 1 ? " proxy access needs" : " proxy accesses need")
                    + " review (a child has turned 11)", "reviews-due-link"));
        }
    }

    private void search() {
        messages.run(() -> {
            List<? extends PatientDetails> found = portal.core().patients().search(StaffPages.staff(), query.getValue());
            results.clearRows();
            for (PatientDetails patient : found) {
                results.row(StaffPages.link(PracticePaths.patient(patient.id()), patient.displayName(),
                                "patient-" + patient.nhsNumber().value()), patient.nhsNumber().formatted(),
                        Formats.date(patient.dateOfBirth()),
                        patient.registrationStatus().name().charAt(0)
                                + patient.registrationStatus().name().substring(1).toLowerCase());
            }
            results.setVisible(true);
            if (found.isEmpty()) {
                messages.done("No patient at this practice matches \"" + query.getValue().trim() + "\".");
            }
        });
    }

    private void findAccounts() {
        messages.run(() -> {
            List<? extends VuaDetails> found = portal.core().accounts().search(StaffPages.staff(), accountQuery.getValue());
            accounts.clearRows();
            for (VuaDetails vua : found) {
                accounts.row(StaffPages.link(PracticePaths.account(vua.id()), vua.accountId().value(),
                        "account-" + vua.accountId().value()), vua.displayName(), vua.status().name());
            }
            accounts.setVisible(true);
        });
    }
}
