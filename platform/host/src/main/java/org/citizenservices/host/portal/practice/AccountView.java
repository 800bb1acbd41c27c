package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import org.citizenservices.core.access.AssociationType;
import org.citizenservices.core.domain.ContactDetails;
import org.citizenservices.core.domain.InvalidValueException;
import org.citizenservices.core.domain.NhsNumber;
import org.citizenservices.core.domain.PersonName;
import org.citizenservices.core.patient.Patient;
import org.citizenservices.core.service.NotFoundException;
import org.citizenservices.core.service.StaffMember;
import org.citizenservices.core.service.StaffPermission;
import org.citizenservices.core.service.Times;
import org.citizenservices.core.vua.AccountDetails;
import org.citizenservices.core.vua.AccountLinkage;
import org.citizenservices.core.vua.AssociationRequest;
import org.citizenservices.core.vua.ConsentMethod;
import org.citizenservices.core.vua.ContactPreference;
import org.citizenservices.core.vua.IdentityCheck;
import org.citizenservices.core.vua.IdentityDocument;
import org.citizenservices.core.vua.IdentityVerification;
import org.citizenservices.core.vua.PatientAssociation;
import org.citizenservices.core.vua.RegistrationLetter;
import org.citizenservices.core.vua.Relationship;
import org.citizenservices.core.vua.VerificationMethod;
import org.citizenservices.core.vua.Vua;
import org.citizenservices.core.vua.VuaHistoryEntry;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Formats;
import org.citizenservices.host.portal.ui.MemorableDate;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.host.portal.ui.SummaryList;
import org.citizenservices.host.portal.ui.Table;
import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.UploadReceiver;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An online account's page for staff — everything domain.md asks them to see and do: its details and status (with
 * what is missing for it to be active), identity verification with an evidence upload, patient associations (add,
 * change services, end, review), the registration letter (issue or reset), status by hand, linkages and history.
 */
@Route(value = "practice/accounts/:accountId", layout = MainLayout.class)
@PageTitle("Online account - Citizen Services")
public final class AccountView extends VerticalLayout implements BeforeEnterObserver {

    /** Session attribute prefix under which a just-issued letter waits for the letter page, once. */
    static final String LETTER = AccountView.class.getName() + ".letter.";

    private final Portal portal;
    private final Messages messages = new Messages("account-messages");
    private final Div content = new Div();
    private long vuaId;

    public AccountView(Portal portal) {
        this.portal = portal;
        setId("account-view");
        setMaxWidth("80rem");
        content.setWidthFull();
        add(messages, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            vuaId = event.getRouteParameters().getLong("accountId").orElseThrow(() -> new NotFoundException("x"));
            render();
        } catch (NotFoundException notOurs) {
            content.removeAll();
            content.add(new H1("Online account not found"),
                    new Paragraph("There is no online account with that reference at your practice."));
        }
    }

    private void render() {
        StaffMember staff = StaffPages.staff();
        AccountDetails details = portal.core().accounts().details(staff, vuaId);
        Vua vua = details.account();
        content.removeAll();
        H1 heading = new H1("Online account " + vua.accountId() + ": " + vua.displayName());
        heading.setId("account-heading");
        content.add(heading, summary(details));
        boolean mayManage = staff.has(StaffPermission.MANAGE_ACCOUNTS);
        if (mayManage) {
            content.add(letter(vua), status(vua));
        }
        content.add(associations(staff, details, mayManage), identity(staff, details, mayManage));
        if (mayManage) {
            content.add(editDetails(staff, vua));
        }
        content.add(linkages(staff, details, mayManage), history(details));
    }

    private Div summary(AccountDetails details) {
        Vua vua = details.account();
        ContactDetails contact = vua.contact();
        SummaryList list = new SummaryList("account-summary")
                .row("Account ID", vua.accountId().value(), "account-id")
                .row("Practice (ODS code)", vua.practice().odsCode().value())
                .row("Status", vua.status().name() + (vua.suspended() ? " (made inactive by the practice)" : ""),
                        "account-status")
                .row("Name", (vua.name().title() == null ? "" : vua.name().title() + " ") + vua.displayName())
                .row("Date of birth", Formats.date(vua.dateOfBirth()))
                .row("Address", contact.address() == null ? null
                        : contact.address() + (contact.postcode() == null ? "" : ", " + contact.postcode()))
                .row("Telephone", contact.telephone() == null ? null : contact.telephone().value())
                .row("Email", contact.email() == null ? null : contact.email().value())
                .row("Contact preference", vua.contactPreference().name())
                .row("Portal username", vua.username() == null ? "Not set up yet" : vua.username(), "account-username")
                .row("Registration letter", vua.linkageKeyIssuedAt() == null ? "Not issued"
                        : "Issued " + Formats.dateTime(vua.linkageKeyIssuedAt())
                        + (vua.linkageLocked() ? " – locked after " + vua.linkageFailures() + " wrong attempts" : ""),
                        "account-letter-status")
                .row("Created", Formats.dateTime(vua.createdAt()) + " by " + vua.createdBy());
        Div box = new Div(list);
        box.addClassName("panel");
        List<String> missing = details.conditions().missing();
        if (!missing.isEmpty() && !vua.suspended()) {
            Paragraph why = new Paragraph("Not active because " + String.join("; ", missing) + ".");
            why.setId("account-missing");
            box.add(why);
        }
        return box;
    }

    private Div letter(Vua vua) {
        boolean reset = vua.linkageKeyHash() != null;
        TextField reason = new TextField("Reason for a new letter");
        reason.setId("letter-reason");
        reason.setVisible(reset);
        reason.setWidth("24rem");
        Button issue = new Button(reset ? "Issue a new registration letter" : "Issue registration letter", click -> {
            if (messages.run(() -> {
                RegistrationLetter letter = portal.core().accounts().issueLinkageKey(StaffPages.staff(), vuaId,
                        reason.getValue());
                VaadinSession.getCurrent().setAttribute(LETTER + vuaId, letter);
            })) {
                UI.getCurrent().navigate(PracticePaths.letter(vuaId).substring(1));
            }
        });
        issue.setId("letter-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div section = new Div(new H2("Registration letter"));
        if (reset) {
            section.add(new Paragraph("A new letter replaces the old one: its details stop working, the citizen's "
                    + "sign-in and every connected app are disconnected, and the account becomes inactive until they "
                    + "set it up again. Use it when a password is forgotten or details may be known to someone else."));
        }
        HorizontalLayout row = new HorizontalLayout(reason, issue);
        row.setAlignItems(Alignment.BASELINE);
        section.add(row);
        return section;
    }

    private Div status(Vua vua) {
        TextField reason = new TextField("Reason");
        reason.setId("status-reason");
        reason.setWidth("24rem");
        Button change;
        if (vua.suspended()) {
            change = new Button("Allow the account to be active again", click -> changed(() ->
                    portal.core().accounts().reinstate(StaffPages.staff(), vuaId, reason.getValue()), "Status updated."));
            change.setId("status-reinstate");
        } else {
            change = new Button("Make the account inactive", click -> changed(() ->
                    portal.core().accounts().suspend(StaffPages.staff(), vuaId, reason.getValue()),
                    "The account is inactive and its sessions have ended."));
            change.setId("status-suspend");
            change.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        HorizontalLayout row = new HorizontalLayout(reason, change);
        row.setAlignItems(Alignment.BASELINE);
        return new Div(new H2("Status"), row);
    }

    private Div associations(StaffMember staff, AccountDetails details, boolean mayManage) {
        Div section = new Div(new H2("Patients this account gives access to"));
        LocalDate today = Times.today(portal.core().clock());
        Table table = new Table("account-associations", null,
                List.of("Patient", "Access", "Consent", "Services", "From", "Until", ""));
        for (PatientAssociation a : details.associations()) {
            Div actions = new Div();
            if (a.endDate() == null && mayManage) {
                actions.add(associationActions(staff, a, today));
            }
            table.row(StaffPages.link(PracticePaths.patient(a.patient().id()), a.patient().displayName(),
                            "association-patient-" + a.patient().nhsNumber().value()),
                    a.type() == AssociationType.SELF ? "Own account" : "Proxy (" + a.relationship().label() + ")",
                    a.consentMethod().label() + (a.legalBasis() == null ? "" : ": " + a.legalBasis()),
                    keys(a.services()), Formats.date(a.startDate()),
                    a.endDate() == null ? "" : Formats.date(a.endDate()) + " (" + a.endReason() + ")", actions);
        }
        section.add(details.associations().isEmpty() ? new Paragraph("None yet.") : table);
        if (mayManage) {
            section.add(addAssociation(staff));
        }
        return section;
    }

    private Div associationActions(StaffMember staff, PatientAssociation a, LocalDate today) {
        Div actions = new Div();
        String id = a.patient().nhsNumber().value();
        TextField reason = new TextField();
        reason.setPlaceholder("Reason to end");
        reason.setId("association-end-reason-" + id);
        Button end = new Button("End access", click -> changed(() ->
                portal.core().accounts().endAssociation(staff, a.id(), reason.getValue()), "Access ended."));
        end.setId("association-end-" + id);
        actions.add(reason, end);
        if (a.type() == AssociationType.PROXY) {
            CheckboxGroup<CitizenService> services = servicesBox("association-services-" + id);
            services.setValue(a.services());
            Button save = new Button("Save services", click -> changed(() ->
                    portal.core().accounts().changeServices(staff, a.id(), services.getValue()), "Services saved."));
            save.setId("association-services-save-" + id);
            actions.add(services, save);
            if (a.needsReviewOn(today) && staff.has(StaffPermission.REVIEW_PROXY_ACCESS)) {
                Button review = new Button("Reviewed: keep the ticked services", click -> changed(() ->
                        portal.core().accounts().reviewAssociation(staff, a.id(), services.getValue()),
                        "Review recorded."));
                review.setId("association-review-" + id);
                actions.add(new Paragraph("The child has turned 11: review this access with them."), review);
            }
        }
        return actions;
    }

    private Details addAssociation(StaffMember staff) {
        TextField nhs = new TextField("Patient's NHS number");
        nhs.setId("assoc-nhs");
        Select<AssociationType> type = new Select<>();
        type.setId("assoc-type");
        type.setLabel("This person is");
        type.setItems(AssociationType.values());
        type.setItemLabelGenerator(t -> t == AssociationType.SELF ? "the patient" : "acting for the patient (proxy)");
        type.setValue(AssociationType.PROXY);
        Select<Relationship> relationship = new Select<>();
        relationship.setId("assoc-relationship");
        relationship.setLabel("Relationship to the patient");
        relationship.setItems(Arrays.stream(Relationship.values()).filter(r -> r != Relationship.SELF).toList());
        relationship.setItemLabelGenerator(Relationship::label);
        Select<ConsentMethod> consent = new Select<>();
        consent.setId("assoc-consent");
        consent.setLabel("Patient's consent");
        consent.setItems(ConsentMethod.values());
        consent.setItemLabelGenerator(ConsentMethod::label);
        TextField legalBasis = new TextField("Legal basis (when consent is not required)");
        legalBasis.setId("assoc-legal-basis");
        legalBasis.setWidthFull();
        TextField notes = new TextField("Details");
        notes.setId("assoc-details");
        notes.setWidthFull();
        CheckboxGroup<CitizenService> services = servicesBox("assoc-services");
        DatePicker start = new DatePicker("Access starts", Times.today(portal.core().clock()));
        start.setId("assoc-start");
        Button add = new Button("Add association", click -> changed(() -> {
            Patient patient = portal.core().patients().byNhsNumber(staff.practiceId(), new NhsNumber(nhs.getValue()));
            AssociationRequest request = type.getValue() == AssociationType.SELF
                    ? AssociationRequest.self(start.getValue())
                    : new AssociationRequest(AssociationType.PROXY, relationship.getValue(), consent.getValue(),
                    legalBasis.getValue(), notes.getValue(), services.getValue(), start.getValue());
            portal.core().accounts().associate(staff, vuaId, patient.id(), request);
        }, "Association added."));
        add.setId("assoc-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(nhs, type, relationship, consent, legalBasis, notes, services, start, add);
        form.setPadding(false);
        Details details = new Details("Add a patient", form);
        details.setId("assoc-form");
        return details;
    }

    private CheckboxGroup<CitizenService> servicesBox(String id) {
        CheckboxGroup<CitizenService> services = new CheckboxGroup<>("Services");
        services.setId(id);
        Map<CitizenService, String> names = portal.serviceNames();
        services.setItems(names.keySet());
        services.setItemLabelGenerator(names::get);
        return services;
    }

    private Div identity(StaffMember staff, AccountDetails details, boolean mayManage) {
        Div section = new Div(new H2("Identity verification"));
        Table table = new Table("account-verifications", null, List.of("Verified", "How", "Evidence", "GP2GP"));
        for (IdentityVerification v : details.identityVerifications()) {
            Object evidence = v.evidenceReference() == null ? "" : v.evidenceReference();
            if (v.evidenceFileName() != null) {
                long verificationId = v.id();
                StreamResource file = new StreamResource(v.evidenceFileName(), () -> new ByteArrayInputStream(
                        portal.core().accounts().evidence(staff, verificationId).content()));
                Anchor download = new Anchor(file, v.evidenceFileName());
                download.getElement().setAttribute("download", true);
                download.setId("evidence-" + verificationId);
                evidence = download;
            }
            table.row(Formats.date(v.verifiedOn()) + " by " + v.verifiedBy(),
                    v.method().label() + (v.documentType() == null ? "" : ": " + v.documentType().label())
                            + (v.vouchedBy() == null ? "" : " (vouched for by " + v.vouchedBy() + ")"),
                    evidence, v.excludedFromGp2gp() ? "Excluded from GP2GP transfer" : "");
        }
        section.add(details.identityVerifications().isEmpty() ? new Paragraph("Identity not verified yet.") : table);
        if (mayManage) {
            section.add(verifyForm(staff));
        }
        return section;
    }

    private Details verifyForm(StaffMember staff) {
        DatePicker on = new DatePicker("Date verified", Times.today(portal.core().clock()));
        on.setId("idv-date");
        Select<VerificationMethod> method = new Select<>();
        method.setId("idv-method");
        method.setLabel("How");
        method.setItems(VerificationMethod.values());
        method.setItemLabelGenerator(VerificationMethod::label);
        method.setValue(VerificationMethod.IDENTITY_DOCUMENTATION);
        Select<IdentityDocument> document = new Select<>();
        document.setId("idv-document");
        document.setLabel("Document seen");
        document.setItems(IdentityDocument.values());
        document.setItemLabelGenerator(IdentityDocument::label);
        TextField vouchedBy = new TextField("Vouched for by (member of staff)");
        vouchedBy.setId("idv-vouched-by");
        TextField reference = new TextField("Evidence reference (where a paper copy is kept)");
        reference.setId("idv-reference");
        reference.setWidthFull();
        // streamed to a counted temporary file and stopped at the limit, its type read by Tika (UploadReceiver)
        IdentityCheck.Evidence[] evidence = {null};
        Upload upload = new Upload(new UploadReceiver(
                TikaUploadPolicy.installed().atMost(IdentityCheck.Evidence.MAX_BYTES), TikaUploadPolicy.PHOTOS_OR_PDF,
                (name, bytes) -> messages.run(() -> evidence[0] = new IdentityCheck.Evidence(name, "", bytes)),
                messages::error));
        upload.setId("idv-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "application/pdf", ".png", ".jpg", ".jpeg", ".pdf");
        upload.setMaxFileSize(IdentityCheck.Evidence.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Scan of the document: PNG, JPEG or PDF, up to 5 MB"));
        method.addValueChangeListener(change -> {
            boolean documents = change.getValue() == VerificationMethod.IDENTITY_DOCUMENTATION;
            document.setVisible(documents);
            vouchedBy.setVisible(!documents);
        });
        vouchedBy.setVisible(false);
        Button save = new Button("Record identity verification", click -> changed(() -> {
            boolean documents = method.getValue() == VerificationMethod.IDENTITY_DOCUMENTATION;
            portal.core().accounts().verifyIdentity(staff, vuaId, new IdentityCheck(on.getValue(), method.getValue(),
                    documents ? document.getValue() : null, documents ? null : vouchedBy.getValue(),
                    reference.getValue(), evidence[0]));
        }, "Identity verification recorded."));
        save.setId("idv-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(on, method, document, vouchedBy, reference, upload, save);
        form.setPadding(false);
        Details details = new Details("Record an identity verification", form);
        details.setId("idv-form");
        return details;
    }

    private Details editDetails(StaffMember staff, Vua vua) {
        TextField title = new TextField("Title", vua.name().title() == null ? "" : vua.name().title(), "");
        title.setId("edit-title");
        TextField forenames = new TextField("Forenames", vua.name().forenames(), "");
        forenames.setId("edit-forenames");
        TextField family = new TextField("Family name", vua.name().familyName(), "");
        family.setId("edit-family-name");
        MemorableDate dob = new MemorableDate("edit-dob", "Date of birth", "date of birth");
        dob.setValue(vua.dateOfBirth());
        ContactDetails contact = vua.contact();
        TextField address = new TextField("Address", contact.address() == null ? "" : contact.address(), "");
        address.setId("edit-address");
        address.setWidthFull();
        TextField postcode = new TextField("Postcode", contact.postcode() == null ? "" : contact.postcode().value(), "");
        postcode.setId("edit-postcode");
        TextField telephone = new TextField("Telephone", contact.telephone() == null ? "" : contact.telephone().value(), "");
        telephone.setId("edit-telephone");
        EmailField email = new EmailField("Email");
        email.setValue(contact.email() == null ? "" : contact.email().value());
        email.setId("edit-email");
        Select<ContactPreference> preference = new Select<>();
        preference.setLabel("Prefers to be contacted by");
        preference.setItems(ContactPreference.values());
        preference.setValue(vua.contactPreference());
        preference.setId("edit-preference");
        Button save = new Button("Save details", click -> changed(() -> {
            portal.core().accounts().editDetails(staff, vuaId, new PersonName(title.getValue(), forenames.getValue(),
                    family.getValue()), dob.value(), ContactDetails.of(address.getValue(), postcode.getValue(),
                    telephone.getValue(), email.getValue()));
            portal.core().accounts().setContactPreference(staff, vuaId, preference.getValue());
        }, "Details saved."));
        save.setId("edit-save");
        VerticalLayout form = new VerticalLayout(title, forenames, family, dob, address, postcode, telephone, email,
                preference, save);
        form.setPadding(false);
        Details details = new Details("Change details", form);
        details.setId("edit-form");
        return details;
    }

    private Div linkages(StaffMember staff, AccountDetails details, boolean mayManage) {
        Table table = new Table("account-linkages", null, List.of("Connected", "Since", "Disconnected", ""));
        for (AccountLinkage l : details.linkages()) {
            Div action = new Div();
            if (l.isLive() && mayManage) {
                TextField reason = new TextField();
                reason.setPlaceholder("Reason to disconnect");
                reason.setId("linkage-revoke-reason-" + l.id());
                Button revoke = new Button("Disconnect", click -> changed(() ->
                        portal.core().accounts().revokeLinkage(staff, l.id(), reason.getValue()), "Disconnected."));
                revoke.setId("linkage-revoke-" + l.id());
                action.add(reason, revoke);
            }
            table.row(l.appName(), Formats.dateTime(l.createdAt()), l.revokedAt() == null ? "Current"
                    : Formats.dateTime(l.revokedAt()) + " (" + l.revokedReason() + ")", action);
        }
        return new Div(new H2("Connected online accounts and apps"),
                details.linkages().isEmpty() ? new Paragraph("None yet.") : table);
    }

    private Div history(AccountDetails details) {
        Table table = new Table("account-history", null, List.of("When", "What", "Change", "By"));
        for (VuaHistoryEntry h : details.history()) {
            table.row(Formats.dateTime(h.occurredAt()), h.kind().label(), h.description(), h.changedBy());
        }
        return new Div(new H2("History"), table);
    }

    private void changed(Runnable change, String confirmation) {
        if (messages.run(change)) {
            render();
            messages.done(confirmation);
        }
    }

    private static String keys(Set<CitizenService> services) {
        return services.stream().map(CitizenService::key).sorted().collect(Collectors.joining(", "));
    }
}
