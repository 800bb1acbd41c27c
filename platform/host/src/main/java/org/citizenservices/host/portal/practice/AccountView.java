package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.EmailAddress;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.vua.AccountDetails;
import org.citizenservices.core.api.vua.AccountLinkageDetails;
import org.citizenservices.core.api.vua.ContactPreference;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.VuaDetails;
import org.citizenservices.core.api.vua.VuaHistoryDetails;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.contact.ContactSection;
import org.citizenservices.spi.Formats;
import org.citizenservices.host.portal.ui.Lengths;
import org.citizenservices.host.portal.ui.MemorableDate;
import org.citizenservices.host.portal.ui.SummaryList;
import org.citizenservices.host.portal.ui.Table;

import java.util.List;

/**
 * An online account's page for staff — everything domain.md asks them to see and do: its details and status (with
 * what is missing for it to be active), identity verification with an evidence upload, patient associations (add,
 * change services, end, review), the registration letter (issue or reset), status by hand, linkages and history.
 */
@Route(value = "practice/accounts/:accountId", layout = MainLayout.class)
@PageTitle("Online account - Citizen Services")
public final class AccountView extends ReferencedPage {

    /** Session attribute prefix under which a just-issued letter waits for the letter page, once. */
    static final String LETTER = AccountView.class.getName() + ".letter.";

    private final Portal portal;
    private long vuaId;

    public AccountView(Portal portal) {
        super("account-view", "80rem", "account-messages", "accountId", new NotFound("Online account not found",
                "There is no online account with that reference at your practice."));
        this.portal = portal;
    }

    @Override
    protected void show(long reference) {
        vuaId = reference;
        render();
    }

    private void render() {
        StaffMember staff = StaffPages.staff();
        AccountDetails details = portal.core().accounts().details(staff, vuaId);
        VuaDetails vua = details.account();
        content.removeAll();
        H1 heading = new H1("Online account " + vua.accountId() + ": " + vua.displayName());
        heading.setId("account-heading");
        content.add(heading, summary(details));
        boolean mayManage = staff.has(StaffPermission.MANAGE_ACCOUNTS);
        if (mayManage) {
            content.add(letter(vua), status(vua));
        }
        AccountSection.Page page = new AccountSection.Page(portal, staff, vuaId, details, mayManage, messages,
                this::changed);
        content.add(new AssociationsSection(page), new IdentitySection(page));
        if (mayManage) {
            content.add(editDetails(staff, vua), ContactSection.ofAccount(portal, staff, vuaId, messages));
        }
        content.add(linkages(staff, details, mayManage), history(details));
    }

    private Div summary(AccountDetails details) {
        VuaDetails vua = details.account();
        ContactDetails contact = vua.contact();
        SummaryList list = new SummaryList("account-summary")
                .row("Account ID", vua.accountId().value(), "account-id")
                .row("Practice (ODS code)", vua.practiceOdsCode().value())
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
                .row("Portal sign-in", signIn(vua), "account-sign-in")
                .row("Registration letter", vua.linkageKeyIssuedAt() == null ? "Not issued"
                        : "Issued " + Formats.utcDateTime(vua.linkageKeyIssuedAt())
                        + (vua.linkageLocked() ? " – locked after " + vua.linkageFailures() + " wrong attempts" : ""),
                        "account-letter-status")
                .row("Created", Formats.utcDateTime(vua.createdAt()) + " by " + vua.createdBy());
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

    /** A pause after wrong passwords, so reception can tell a caller why the right password is refused for now. */
    private String signIn(VuaDetails vua) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(portal.core().clock());
        if (vua.signInLockedUntil() != null && vua.signInLockedUntil().isAfter(now)) {
            return "Paused until " + Formats.utcDateTime(vua.signInLockedUntil()) + " after " + vua.signInFailures()
                    + " wrong passwords in a row";
        }
        return vua.signInFailures() == 0 ? null : vua.signInFailures() + " wrong password"
                + (vua.signInFailures() == 1 ? "" : "s") + " since the last sign-in";
    }

    private Div letter(VuaDetails vua) {
        boolean reset = vua.hasLinkageKey();
        TextField reason = new TextField("Reason for a new letter");
        reason.setId("letter-reason");
        reason.setMaxLength(FreeText.REASON);
        reason.setVisible(reset);
        reason.setWidth("24rem");
        Button issue = new Button(reset ? "Issue a new registration letter" : "Issue registration letter", click -> {
            if (messages.run(() -> {
                RegistrationLetter letter = portal.core().linkageKeys().issueLinkageKey(StaffPages.staff(), vuaId,
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

    private Div status(VuaDetails vua) {
        TextField reason = new TextField("Reason");
        reason.setId("status-reason");
        reason.setMaxLength(FreeText.REASON);
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

    private Details editDetails(StaffMember staff, VuaDetails vua) {
        TextField title = new TextField("Title", vua.name().title() == null ? "" : vua.name().title(), "");
        title.setId("edit-title");
        title.setMaxLength(PersonName.MAX_TITLE);
        TextField forenames = new TextField("Forenames", vua.name().forenames(), "");
        forenames.setId("edit-forenames");
        forenames.setMaxLength(PersonName.MAX_NAME);
        TextField family = new TextField("Family name", vua.name().familyName(), "");
        family.setId("edit-family-name");
        family.setMaxLength(PersonName.MAX_NAME);
        MemorableDate dob = new MemorableDate("edit-dob", "Date of birth", "date of birth");
        dob.setValue(vua.dateOfBirth());
        ContactDetails contact = vua.contact();
        TextField address = new TextField("Address", contact.address() == null ? "" : contact.address(), "");
        address.setId("edit-address");
        address.setMaxLength(ContactDetails.MAX_ADDRESS);
        address.setWidthFull();
        TextField postcode = new TextField("Postcode", contact.postcode() == null ? "" : contact.postcode().value(), "");
        postcode.setId("edit-postcode");
        postcode.setMaxLength(Lengths.POSTCODE);
        TextField telephone = new TextField("Telephone", contact.telephone() == null ? "" : contact.telephone().value(), "");
        telephone.setId("edit-telephone");
        telephone.setMaxLength(Lengths.TELEPHONE);
        EmailField email = new EmailField("Email");
        email.setValue(contact.email() == null ? "" : contact.email().value());
        email.setId("edit-email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
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
        for (AccountLinkageDetails l : details.linkages()) {
            Div action = new Div();
            if (l.isLive() && mayManage) {
                TextField reason = new TextField();
                reason.setPlaceholder("Reason to disconnect");
                reason.setId("linkage-revoke-reason-" + l.id());
                reason.setMaxLength(FreeText.REASON);
                Button revoke = new Button("Disconnect", click -> changed(() ->
                        portal.core().linkageKeys().revokeLinkage(staff, l.id(), reason.getValue()), "Disconnected."));
                revoke.setId("linkage-revoke-" + l.id());
                action.add(reason, revoke);
            }
            table.row(l.appName(), Formats.utcDateTime(l.createdAt()), l.revokedAt() == null ? "Current"
                    : Formats.utcDateTime(l.revokedAt()) + " (" + l.revokedReason() + ")", action);
        }
        return new Div(new H2("Connected online accounts and apps"),
                details.linkages().isEmpty() ? new Paragraph("None yet.") : table);
    }

    private Div history(AccountDetails details) {
        Table table = new Table("account-history", null, List.of("When", "What", "Change", "By"));
        for (VuaHistoryDetails h : details.history()) {
            table.row(Formats.utcDateTime(h.occurredAt()), h.kind().label(), h.description(), h.changedBy());
        }
        return new Div(new H2("History"), table);
    }

    private void changed(Runnable change, String confirmation) {
        if (messages.run(change)) {
            render();
            messages.done(confirmation);
        }
    }
}
