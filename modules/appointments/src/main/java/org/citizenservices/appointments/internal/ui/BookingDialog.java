package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.appointments.internal.AppointmentMode;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;

/**
 * Confirms a booking: the slot, an optional reason shown with the warning the guidance asks for (RM28 AMC02), and a
 * telephone number for a call-back appointment.
 */
final class BookingDialog extends Dialog {

    /** The AMC02 warning, word for word as the practice's patients see it everywhere. */
    static final String REASON_WARNING = "Reception staff may read this. It may not be read before your appointment.";

    /** What the citizen confirmed. */
    record Confirmed(FreeSlot slot, String reason, String telephone) {
    }

    BookingDialog(FreeSlot slot, String patientName, java.util.function.Consumer<Confirmed> onConfirm) {
        setId("book-dialog");
        setHeaderTitle("Book this appointment");
        TextArea reason = FormFields.area("Reason for the appointment (optional)", "book-reason", 500);
        reason.setHelperText(REASON_WARNING);
        reason.setWidthFull();
        TextField telephone = FormFields.text("Telephone number to call", "book-telephone", 20);
        telephone.setVisible(slot.mode() == AppointmentMode.TELEPHONE);
        Paragraph what = new Paragraph(Formats.dayAndTime(slot.start()) + " with " + slot.clinicianName() + " ("
                + slot.clinicianRole() + "), " + slot.slotType() + ", " + slot.mode().label().toLowerCase()
                + ", " + slot.location() + ". For " + patientName + ".");
        what.setId("book-summary");
        add(new VerticalLayout(what, reason, telephone));
        Button confirm = new Button("Book appointment", e -> {
            close();
            onConfirm.accept(new Confirmed(slot, reason.getValue(), telephone.getValue()));
        });
        confirm.setId("confirm-booking");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Go back", e -> close());
        back.setId("cancel-booking");
        getFooter().add(back, confirm);
    }
}
