package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.security.PasswordGuard;

import static org.citizenservices.host.portal.ui.FormFields.bounded;

/**
 * The username, password and "Sign in" button that citizens and staff sign in with, each page giving its own ids.
 * The page adds the three where it wants them and clears the password after every attempt.
 */
public final class SignInForm {

    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password");
    private final Button button;

    public SignInForm(String usernameId, String passwordId, String buttonId, Runnable signIn) {
        bounded(username, usernameId, Lengths.USERNAME, Autocomplete.USERNAME).setWidthFull();
        bounded(password, passwordId, PasswordGuard.MAX_LENGTH, Autocomplete.CURRENT_PASSWORD).setWidthFull();
        button = FormFields.primary("Sign in", buttonId, click -> signIn.run());
        button.addClickShortcut(Key.ENTER);
    }

    public TextField username() {
        return username;
    }

    public PasswordField password() {
        return password;
    }

    public Button button() {
        return button;
    }
}
