package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.spi.Formats;

import java.util.function.BiConsumer;

/** Confirms moving an appointment to another time: both named, so nobody moves the wrong one. */
final class MoveDialog extends Dialog {

    MoveDialog(BookedAppointment appointment, FreeSlot slot, BiConsumer<BookedAppointment, FreeSlot> onConfirm) {
        setId("move-dialog");
        setHeaderTitle("Change this appointment");
        Paragraph from = new Paragraph("From: " + Formats.dayAndTime(appointment.slot().start()) + " with "
                + appointment.slot().clinicianName() + ".");
        Paragraph to = new Paragraph("To: " + Formats.dayAndTime(slot.start()) + " with " + slot.clinicianName()
                + " (" + slot.mode().label() + ", " + slot.location() + ").");
        to.setId("move-to");
        add(new VerticalLayout(from, to, new Paragraph("The reason you gave goes with it. The old time is given"
                + " back to the practice only when the new one is yours.")));
        Button confirm = new Button("Change appointment", e -> {
            close();
            onConfirm.accept(appointment, slot);
        });
        confirm.setId("confirm-move");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button("Keep the old time", e -> close());
        keep.setId("keep-old-time");
        getFooter().add(keep, confirm);
    }
}
