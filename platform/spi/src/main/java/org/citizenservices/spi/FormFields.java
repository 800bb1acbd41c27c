package org.citizenservices.spi;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Text inputs as every module's forms make them: a label, an element id (which tests and the {@link ErrorSummary}'s
 * links find it by) and the most characters its column holds, so the browser stops the reader at the bound that
 * {@link Texts} checks again in the service.
 *
 * @since 1.10
 */
public final class FormFields {

    private FormFields() {
    }

    /** A one-line input. */
    public static TextField text(String label, String id, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    /** A multi-line input. */
    public static TextArea area(String label, String id, int maxLength) {
        TextArea field = new TextArea(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }
}
