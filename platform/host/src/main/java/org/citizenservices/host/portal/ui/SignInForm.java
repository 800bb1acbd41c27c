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
public record SignInForm(TextField username, PasswordField password, Button button) {

    /** The form, Enter on it pressing its button, which runs {@code signIn}. */
    public static SignInForm of(String usernameId, String passwordId, String buttonId, Runnable signIn) {
        TextField username = bounded(new TextField("Username"), usernameId, Lengths.USERNAME, Autocomplete.USERNAME);
        PasswordField password = bounded(new PasswordField("Password"), passwordId, PasswordGuard.MAX_LENGTH,
                Autocomplete.CURRENT_PASSWORD);
        username.setWidthFull();
        password.setWidthFull();
        Button button = FormFields.primary("Sign in", buttonId, click -> signIn.run());
        button.addClickShortcut(Key.ENTER);
        return new SignInForm(username, password, button);
    }
}
