package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.citizenservices.record.internal.RecordEntry;
import org.citizenservices.record.internal.RecordReview;

import java.util.function.BiConsumer;
import org.citizenservices.spi.FormFields;

/** A clinician's note on an entry, which the patient reads at FULL access. */
final class AnnotationDialog extends Dialog {

    /** @param act runs the change and reports it, as the record page does for all its changes */
    AnnotationDialog(RecordReview record, RecordEntry entry, BiConsumer<Runnable, String> act) {
        setId("annotation-dialog");
        setHeaderTitle("Annotate " + entry.term());
        TextArea text = FormFields.area("Annotation (shown to the patient at FULL)", "annotation-text", 2000);
        text.setWidth("30rem");
        text.setValue(entry.annotation() == null ? "" : entry.annotation());
        add(text);
        Button save = new Button("Save", e -> {
            close();
            act.accept(() -> record.annotate(entry.id(), text.getValue()), "Annotation saved.");
        });
        save.setId("annotation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Go back", e -> close());
        getFooter().add(back, save);
    }
}
