package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * How the portal's forms set up their inputs: every input has an id for the browser tests and the bound the core
 * enforces, so the browser stops typing where the core would refuse; every form has one primary button.
 */
public final class FormFields {

    private FormFields() {
    }

    /** Gives a field its id and the most it takes; returns it for whatever else it needs. */
    public static <F extends TextFieldBase<F, String>> F bounded(F field, String id, int maxLength) {
        field.setId(id);
        // Vaadin declares setMaxLength on each field type, not on their common base
        if (field instanceof TextField text) {
            text.setMaxLength(maxLength);
        } else if (field instanceof PasswordField password) {
            password.setMaxLength(maxLength);
        } else if (field instanceof EmailField email) {
            email.setMaxLength(maxLength);
        } else if (field instanceof com.vaadin.flow.component.textfield.TextArea area) {
            area.setMaxLength(maxLength);
        } else {
            throw new IllegalArgumentException("no maximum length on " + field.getClass().getSimpleName());
        }
        return field;
    }

    /** As {@link #bounded(TextFieldBase, String, int)}, also telling the browser what it may fill in. */
    public static <F extends TextFieldBase<F, String>> F bounded(F field, String id, int maxLength,
                                                                 Autocomplete autocomplete) {
        bounded(field, id, maxLength).setAutocomplete(autocomplete);
        return field;
    }

    /** The form's main action. */
    public static Button primary(String text, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(text, click);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
