package org.citizenservices.host.portal.practice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.EmailAddress;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.ContactPreference;
import org.citizenservices.core.api.vua.NewAccount;
import org.citizenservices.core.api.vua.VuaDetails;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Lengths;
import org.citizenservices.host.portal.ui.MemorableDate;
import org.citizenservices.host.portal.ui.Messages;
import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * Create an online account: for a patient (their details filled in from the register, and the account becomes
 * their own — a SELF association) or for someone who will act for patients (a proxy, associated afterwards).
 * The account starts INACTIVE, as every new account does.
 */
@Route(value = "practice/accounts/new", layout = MainLayout.class)
@PageTitle("New online account - Citizen Services")
public final class NewAccountView extends VerticalLayout implements BeforeEnterObserver {

    private final Portal portal;
    private final Paragraph forWhom = new Paragraph();
    private final TextField title = new TextField("Title");
    private final TextField forenames = new TextField("Forenames");
    private final TextField familyName = new TextField("Family name");
    private final MemorableDate dateOfBirth = new MemorableDate("account-dob", "Date of birth", "date of birth");
    private final TextField address = new TextField("Address");
    private final TextField postcode = new TextField("Postcode");
    private final TextField telephone = new TextField("Telephone");
    private final EmailField email = new EmailField("Email");
    private final Select<ContactPreference> preference = new Select<>();
    private final Messages messages = new Messages("account-create-error");
    private PatientDetails patient;

    public NewAccountView(Portal portal) {
        this.portal = portal;
        setId("new-account-view");
        setMaxWidth("40rem");
        bounded(title, "account-title", PersonName.MAX_TITLE);
        bounded(forenames, "account-forenames", PersonName.MAX_NAME);
        bounded(familyName, "account-family-name", PersonName.MAX_NAME);
        bounded(address, "account-address", ContactDetails.MAX_ADDRESS).setWidthFull();
        bounded(postcode, "account-postcode", Lengths.POSTCODE);
        bounded(telephone, "account-telephone", Lengths.TELEPHONE);
        bounded(email, "account-email", EmailAddress.MAX_LENGTH);
        preference.setId("account-preference");
        preference.setLabel("Prefers to be contacted by");
        preference.setItems(ContactPreference.values());
        preference.setValue(ContactPreference.EMAIL);
        forWhom.setId("account-for");
        Button create = primary("Create online account", "account-create", click -> create());
        add(new H1("Create an online account"), forWhom, messages, title, forenames, familyName, dateOfBirth,
                address, postcode, telephone, email, preference, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        patient = event.getLocation().getQueryParameters().getSingleParameter("patient")
                .flatMap(NewAccountView::parseId)
                .map(id -> portal.core().patients().view(StaffPages.staff(), id))
                .orElse(null);
        if (patient == null) {
            forWhom.setText("For someone who will act for one or more patients (a proxy). After creating the account, "
                    + "add the patients they act for.");
            return;
        }
        forWhom.setText("The patient's own online account for " + patient.displayName() + " (NHS number "
                + patient.nhsNumber().formatted() + "). Check the details with them.");
        PersonName name = patient.name();
        title.setValue(name.title() == null ? "" : name.title());
        forenames.setValue(name.forenames());
        familyName.setValue(name.familyName());
        dateOfBirth.setValue(patient.dateOfBirth());
        ContactDetails contact = patient.contact();
        address.setValue(contact.address() == null ? "" : contact.address());
        postcode.setValue(contact.postcode() == null ? "" : contact.postcode().value());
        telephone.setValue(contact.telephone() == null ? "" : contact.telephone().value());
        email.setValue(contact.email() == null ? "" : contact.email().value());
    }

    private static java.util.Optional<Long> parseId(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void create() {
        messages.run(() -> {
            NewAccount details = new NewAccount(new PersonName(title.getValue(), forenames.getValue(),
                    familyName.getValue()), dateOfBirth.value(), ContactDetails.of(address.getValue(),
                    postcode.getValue(), telephone.getValue(), email.getValue()), preference.getValue());
            var staff = StaffPages.staff();
            VuaDetails vua = portal.core().accounts().create(staff, details);
            if (patient != null) {
                portal.core().associations().associate(staff, vua.id(), patient.id(),
                        AssociationRequest.self(Times.today(portal.core().clock())));
            }
            UI.getCurrent().navigate(PracticePaths.account(vua.id()).substring(1));
        });
    }
}
