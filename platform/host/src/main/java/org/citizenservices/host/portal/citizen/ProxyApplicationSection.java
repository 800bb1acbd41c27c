package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.vua.ProxyApplications;
import org.citizenservices.core.api.vua.ProxyApplications.Applied;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * "Act for someone else" on the account page: apply to act online for a child under 11, or for an adult who agrees;
 * follow one's applications; and, for the patient, confirm or refuse someone's application to act for them.
 */
final class ProxyApplicationSection extends Div {

    private final Portal portal;
    private final SignedInCitizen citizen;
    private final Messages messages = new Messages("proxy-application-messages");
    private final TextField nhsNumber = bounded(new TextField("Their NHS number"), "proxy-nhs", 12);
    private final TextField surname = bounded(new TextField("Their surname"), "proxy-surname", 80);
    private final DatePicker born = new DatePicker("Their date of birth");
    private final Select<Relationship> relationship = new Select<>();
    private final CheckboxGroup<CitizenService> services = new CheckboxGroup<>("What you would do for them");
    private final TextArea evidence = new TextArea("How you are related to them, and why you need to act for them");
    private final Div mine = new Div();
    private final Div asking = new Div();
    private final Div acting = new Div();

    ProxyApplicationSection(Portal portal, SignedInCitizen citizen) {
        this.portal = portal;
        this.citizen = citizen;
        setId("proxy-applications");
        born.setId("proxy-born");
        relationship.setId("proxy-relationship");
        relationship.setLabel("They are your");
        relationship.setItems(Arrays.stream(Relationship.values()).filter(r -> r != Relationship.SELF).toList());
        relationship.setItemLabelGenerator(r -> r.label().toLowerCase(java.util.Locale.UK));
        Map<CitizenService, String> names = portal.serviceNames();
        services.setId("proxy-services");
        services.setItems(names.keySet());
        services.setItemLabelGenerator(names::get);
        evidence.setId("proxy-evidence");
        evidence.setMaxLength(1000);
        evidence.setWidthFull();
        evidence.setHelperText("For example: \"I am her mother\", or \"I order my father's prescriptions\". The"
                + " practice may ask to see proof.");
        Button apply = primary("Apply", "proxy-apply", click -> apply());
        add(new H2("Act for someone else"), messages, new Paragraph("You can apply to use these services for a child"
                        + " under 11 you are responsible for, or for an adult who agrees. An adult confirms it from"
                        + " their own online account, or tells the practice in writing. For a young person aged 11 to"
                        + " 15, contact the practice."), asking, nhsNumber, surname, born, relationship, services,
                evidence, apply, acting, new H3("Your applications"), mine);
        refresh();
    }

    private void apply() {
        if (messages.run(field -> field.contains("NHS") ? nhsNumber : field.contains("surname") ? surname : null,
                () -> portal.core().proxyApplications().apply(citizen, new ProxyApplications.Application(
                        nhsNumber.getValue(), surname.getValue(), born.getValue(), relationship.getValue(),
                        services.getValue(), evidence.getValue())))) {
            messages.done("Applied. We will show the answer here.");
            nhsNumber.clear();
            surname.clear();
            born.clear();
            relationship.clear();
            services.clear();
            evidence.clear();
        }
        refresh();
    }

    private void refresh() {
        ProxyApplications applications = portal.core().proxyApplications();
        mine.removeAll();
        StackingTable<Applied> table = new StackingTable<Applied>("proxy-applications-table",
                "You have not applied to act for anyone.")
                .column("For", Applied::patientName)
                .column("Applied", a -> Formats.dateTime(a.appliedAt()))
                .column("Services", this::names)
                .column("Where it stands", ProxyApplicationSection::standing)
                .rowId(a -> "proxy-application-" + a.id());
        table.setItems(applications.mine(citizen));
        mine.add(table);
        acting.removeAll();
        var actingFor = applications.actingFor(citizen);
        if (!actingFor.isEmpty()) {
            StackingTable<ProxyApplications.Acting> people = new StackingTable<ProxyApplications.Acting>(
                    "proxy-acting-for-table", "Nobody.")
                    .column("Person", ProxyApplications.Acting::patientName)
                    .column("They are your", a -> a.relationship().label().toLowerCase(java.util.Locale.UK))
                    .column("Your access", a -> a.accessUntil() == null ? "No end date"
                            : "Until " + Formats.date(a.accessUntil()) + " (the last day)");
            people.setItems(actingFor);
            acting.add(new H3("People you act for"), people);
        }
        asking.removeAll();
        var waiting = applications.awaitingMyConsent(citizen);
        if (!waiting.isEmpty()) {
            StackingTable<Applied> consents = new StackingTable<Applied>("proxy-consents-table", "Nobody.")
                    .column("Who", a -> a.applicantName() + " (" + a.relationship().label().toLowerCase(
                            java.util.Locale.UK) + ")")
                    .column("For", this::names)
                    .column("What they say", Applied::evidence)
                    .action(this::consentButtons)
                    .rowId(a -> "proxy-consent-" + a.id());
            consents.setItems(waiting);
            asking.add(new H3("Asking to act for you"), consents);
        }
    }

    private Component consentButtons(Applied application) {
        Button yes = primary("I agree", "consent-yes-" + application.id(), click -> consent(application, true));
        Button no = new Button("I do not agree", click -> consent(application, false));
        no.setId("consent-no-" + application.id());
        return new HorizontalLayout(yes, no);
    }

    private void consent(Applied application, boolean agrees) {
        if (messages.run(() -> portal.core().proxyApplications().consent(citizen, application.id(), agrees))) {
            messages.done(agrees ? "Thank you. The practice will now decide on " + application.applicantName()
                    + "'s application." : "You did not agree. " + application.applicantName() + " will be told.");
        }
        refresh();
    }

    private String names(Applied application) {
        Map<CitizenService, String> known = portal.serviceNames();
        return application.services().stream().map(s -> known.getOrDefault(s, s.key())).sorted()
                .collect(Collectors.joining(", "));
    }

    static String standing(Applied application) {
        return switch (application.status()) {
            case AWAITING_CONSENT -> "Waiting for " + application.patientName() + " to agree";
            case AWAITING_PRACTICE -> "With the practice";
            case APPROVED -> "Approved: choose " + application.patientName() + " at the top of the page";
            case DECLINED -> "Declined: " + application.declineReason();
        };
    }
}
