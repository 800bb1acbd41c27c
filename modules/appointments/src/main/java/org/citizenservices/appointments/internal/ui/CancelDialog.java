package org.citizenservices.appointments.internal.ui;

import org.citizenservices.spi.ErrorSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;

import java.util.function.BiConsumer;

/** Confirms a cancellation, with the reason the practice asks for. */
final class CancelDialog extends Dialog {

    CancelDialog(BookedAppointment appointment, BiConsumer<BookedAppointment, String> onConfirm) {
        setId("cancel-dialog");
        setHeaderTitle("Cancel this appointment");
        TextArea reason = FormFields.area("Why are you cancelling?", "cancel-reason", 300);
        reason.setRequired(true);
        reason.setWidthFull();
        ErrorSummary errors = new ErrorSummary("cancel-error-summary");
        add(new VerticalLayout(errors, new Paragraph(Formats.dayAndTime(appointment.slot().start()) + " with "
                + appointment.slot().clinicianName() + "."), reason));
        Button confirm = new Button("Cancel appointment", e -> {
            if (reason.getValue().isBlank()) {
                errors.show("Enter why you are cancelling, so the practice can offer the time to someone else",
                        reason);
                return;
            }
            close();
            onConfirm.accept(appointment, reason.getValue());
        });
        confirm.setId("confirm-cancel");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Keep it", e -> close());
        keep.setId("keep-appointment");
        getFooter().add(keep, confirm);
    }
}
