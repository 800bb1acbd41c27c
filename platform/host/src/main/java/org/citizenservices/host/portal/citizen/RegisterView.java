package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.security.PasswordPolicy;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.ui.Lengths;
import org.citizenservices.host.portal.ui.MemorableDate;
import org.citizenservices.host.portal.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.component.HasSize;
import static org.citizenservices.host.portal.ui.FormFields.bounded;
import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * Set up your online account from the registration letter (Scenario 1): the letter's account ID and registration
 * key, with surname and date of birth, then a username and password of your own. The words are the citizen's:
 * "online account" and "registration letter", never the internal names.
 */
@Route(value = "register", layout = MainLayout.class)
@PageTitle("Set up your online account - Citizen Services")
public final class RegisterView extends VerticalLayout {

    private final Portal portal;
    private final TextField accountId = new TextField("Account ID");
    private final TextField key = new TextField("Registration key");
    private final TextField odsCode = new TextField("Practice code (ODS code)");
    private final TextField surname = new TextField("Surname");
    private final MemorableDate dateOfBirth = new MemorableDate("register-dob", "Date of birth", "date of birth");
    private final TextField username = new TextField("Choose a username");
    private final PasswordField password = new PasswordField("Choose a password");
    private final PasswordField confirm = new PasswordField("Type the password again");
    private final Messages messages = new Messages("register-error");

    public RegisterView(Portal portal) {
        this.portal = portal;
        setId("register-view");
        setMaxWidth("40rem");
        bounded(accountId, "register-account-id", LinkageDetails.MAX_ACCOUNT_ID)
                .setHelperText("On your registration letter, for example DEMO100001");
        bounded(key, "register-key", LinkageDetails.MAX_KEY, Autocomplete.OFF)
                .setHelperText("16 letters and numbers on your registration letter; capital letters matter");
        bounded(odsCode, "register-ods", LinkageDetails.MAX_ODS_CODE)
                .setHelperText("On your registration letter, for example Y99999");
        bounded(surname, "register-surname", PersonName.MAX_NAME, Autocomplete.FAMILY_NAME);
        bounded(username, "register-username", Lengths.USERNAME, Autocomplete.USERNAME)
                .setHelperText("3 to 60 letters or numbers; you can use . - _ or @");
        bounded(password, "register-password", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD)
                .setHelperText(PasswordPolicy.HINT);
        bounded(confirm, "register-confirm", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD);
        for (HasSize field : new HasSize[]{accountId, key, odsCode, surname, username, password, confirm}) {
            field.setWidthFull();
        }
        Button submit = primary("Set up my online account", "register-submit", click -> register());
        add(new H1("Set up your online account"),
                new Paragraph("Use the details on the registration letter your GP practice gave you."),
                messages, new H2("Your registration letter"), accountId, key, odsCode, surname,
                dateOfBirth, new H2("How you will sign in"), username, password, confirm, submit);
    }

    private void register() {
        List<Messages.Problem> problems = new ArrayList<>();
        Messages.requireText(problems, accountId, "Enter the account ID from your registration letter");
        Messages.requireText(problems, key, "Enter the registration key from your registration letter");
        Messages.requireText(problems, odsCode, "Enter the practice code from your registration letter");
        Messages.requireText(problems, surname, "Enter your surname");
        try {
            dateOfBirth.value();
        } catch (InvalidValueException invalid) {
            problems.add(new Messages.Problem(invalid.getMessage(), dateOfBirth));
        }
        Messages.requireText(problems, username, "Choose a username");
        if (password.isEmpty()) {
            problems.add(new Messages.Problem("Choose a password", password));
        } else {
            // the core applies the same policy again; asking it here lets the error point at the password
            PasswordPolicy.problems(password.getValue(), username.getValue())
                    .forEach(problem -> problems.add(new Messages.Problem(problem, password)));
        }
        if (!password.getValue().equals(confirm.getValue())) {
            problems.add(new Messages.Problem("The two passwords are not the same", confirm));
        }
        if (!problems.isEmpty()) {
            messages.problems(problems);
            return;
        }
        // the core says only that the letter's details do not match (never which), or that the username is taken
        messages.run(text -> text.contains("username") ? username : accountId, () -> {
            portal.signInThrottle().admit(SignInThrottle.Attempt.ACCOUNT_SET_UP);
            LinkageDetails letter = new LinkageDetails(accountId.getValue(), key.getValue(), surname.getValue(),
                    dateOfBirth.value(), odsCode.getValue());
            portal.core().citizens().register(letter, username.getValue(), password.getValue());
            PortalSignIn.signInCitizen(portal.core(),
                    portal.core().citizens().signIn(username.getValue(), password.getValue()), "/");
        });
        password.clear();
        confirm.clear();
    }
}
