package org.citizenservices.consultations.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.citizenservices.consultations.internal.BookingInvitations;
import org.citizenservices.consultations.internal.OptionalModules;
import org.citizenservices.spi.ErrorSummary;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.StatusMessage;

import java.util.List;
import java.util.Optional;

/** The practice invited the patient to book: the free slots of the next two weeks, and booking one. */
final class BookingPanel {

    private BookingPanel() {
    }

    static void show(Div panel, BookingInvitations invitations, long consultationId, ErrorSummary errors,
                     StatusMessage message, Runnable booked) {
        panel.removeAll();
        try {
            Optional<List<OptionalModules.OfferedSlot>> slots = invitations.slots(consultationId);
            panel.add(new H2("Book an appointment"));
            if (slots.isEmpty() || slots.get().isEmpty()) {
                panel.add(new Paragraph(slots.isEmpty() ? "Online booking is not available to you. Please call the"
                        + " practice to book." : "There are no free appointments online in the next two weeks."
                        + " Please call the practice to book."));
                return;
            }
            Select<OptionalModules.OfferedSlot> slot = new Select<>();
            slot.setId("consultation-slot");
            slot.setLabel("Choose a time");
            slot.setItems(slots.get());
            slot.setItemLabelGenerator(s -> Formats.dayAndTime(s.start()) + " with " + s.clinicianName());
            Button book = new Button("Book this appointment", click -> {
                if (slot.getValue() == null) {
                    errors.show("Choose a time.", slot);
                    return;
                }
                try {
                    invitations.book(consultationId, slot.getValue().slotId());
                    panel.removeAll();
                    message.say("Your appointment is booked for " + Formats.dayAndTime(slot.getValue().start())
                            + ".", errors);
                    booked.run();
                } catch (IllegalArgumentException | ServiceNotAvailableException refused) {
                    errors.show(refused.getMessage(), slot);
                }
            });
            book.setId("consultation-slot-book");
            book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            panel.add(slot, book);
        } catch (IllegalArgumentException | ServiceNotAvailableException refused) {
            errors.show(refused.getMessage(), null);
        }
    }
}
