package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.citizenservices.spi.FormFields;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A clinician's decision that needs a recorded reason (restricting an entry, withholding new-entry access): the
 * reason is kept for the practice and never shown to the patient.
 */
final class ReasonDialog extends Dialog {

    /**
     * @param id     the dialog's id; its field is {@code id-reason} and its button {@code id-confirm}
     * @param act    runs the change and reports {@code done}, as the record page does for all its changes
     * @param change the decision, given the reason
     */
    ReasonDialog(String id, String title, String confirm, int max, String done, BiConsumer<Runnable, String> act,
                 Consumer<String> change) {
        setId(id);
        setHeaderTitle(title);
        TextArea reason = FormFields.area("Reason (kept for the practice, not shown to the patient)", id + "-reason",
                max);
        reason.setWidth("30rem");
        add(reason);
        Button save = new Button(confirm, e -> {
            close();
            act.accept(() -> change.accept(reason.getValue()), done);
        });
        save.setId(id + "-confirm");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Go back", e -> close());
        getFooter().add(back, save);
    }
}
