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
import org.citizenservices.core.api.security.PasswordPolicy;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.ui.Lengths;
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
    private final LetterFields letter = new LetterFields("register");
    private final TextField username = new TextField("Choose a username");
    private final PasswordField password = new PasswordField("Choose a password");
    private final PasswordField confirm = new PasswordField("Type the password again");
    private final Messages messages = new Messages("register-error");

    public RegisterView(Portal portal) {
        this.portal = portal;
        setId("register-view");
        setMaxWidth("40rem");
        bounded(username, "register-username", Lengths.USERNAME, Autocomplete.USERNAME)
                .setHelperText("3 to 60 letters or numbers; you can use . - _ or @");
        bounded(password, "register-password", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD)
                .setHelperText(PasswordPolicy.HINT);
        bounded(confirm, "register-confirm", PasswordPolicy.MAX_LENGTH, Autocomplete.NEW_PASSWORD);
        for (HasSize field : new HasSize[]{username, password, confirm}) {
            field.setWidthFull();
        }
        Button submit = primary("Set up my online account", "register-submit", click -> register());
        add(new H1("Set up your online account"),
                new Paragraph("Use the details on the registration letter your GP practice gave you."),
                messages, new H2("Your registration letter"));
        add(letter.components());
        add(new H2("How you will sign in"), username, password, confirm, submit);
    }

    private void register() {
        List<Messages.Problem> problems = new ArrayList<>();
        letter.check(problems);
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
        messages.run(text -> text.contains("username") ? username : letter.accountId, () -> {
            portal.signInThrottle().admit(SignInThrottle.Attempt.ACCOUNT_SET_UP);
            portal.core().citizens().register(letter.details(), username.getValue(), password.getValue());
            PortalSignIn.signInCitizen(portal.core(),
                    portal.core().citizens().signIn(username.getValue(), password.getValue()), "/");
        });
        password.clear();
        confirm.clear();
    }
}
