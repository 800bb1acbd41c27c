package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.BookingRefused;
import org.citizenservices.appointments.internal.EarlierSlotWait;
import org.citizenservices.appointments.internal.EarlierSlotWaits;
import org.citizenservices.appointments.internal.OnlineBooking;
import org.citizenservices.spi.Formats;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An upcoming appointment's part in the earlier-slot waiting list, on the citizen's appointments page: ask to be
 * offered an earlier one; while waiting, stop; while a slot is held, take it or let it go — with the time it is held
 * until, in words.
 */
final class EarlierSlotPanel {

    /** What happened, for the page to say (true) or to report as a refusal (false), before it refreshes. */
    record Outcome(boolean done, String text) {
    }

    private final EarlierSlotWaits waits;
    private final OnlineBooking booking;
    private final Consumer<Outcome> after;
    private Map<Long, EarlierSlotWaits.Place> places = new HashMap<>();

    EarlierSlotPanel(EarlierSlotWaits waits, OnlineBooking booking, Consumer<Outcome> after) {
        this.waits = waits;
        this.booking = booking;
        this.after = after;
    }

    /** Reads the patient's places on the list again. */
    void refresh() {
        places = new HashMap<>();
        waits.places().forEach(place -> places.put(place.appointmentId(), place));
    }

    /** The appointment's cell; {@code changeable} while the practice's cut-off still allows changing it online. */
    Component of(BookedAppointment a, boolean changeable) {
        long id = a.appointmentId();
        EarlierSlotWaits.Place place = places.get(id);
        Div cell = new Div();
        cell.setId("earlier-" + id);
        if (place == null) {
            if (changeable) {
                cell.add(button("Offer me an earlier one", "earlier-ask-" + id, () -> {
                    waits.ask(id);
                    return "We will tell you if an earlier appointment like this one frees up.";
                }));
            }
            return cell;
        }
        if (place.status() == EarlierSlotWait.Status.WAITING) {
            cell.add(new Span("Waiting for an earlier appointment. "), button("Stop waiting", "earlier-withdraw-" + id,
                    () -> {
                        waits.withdraw(id);
                        return "You are no longer waiting for an earlier appointment.";
                    }));
            return cell;
        }
        Button take = button("Take it", "earlier-take-" + id, () -> {
            BookedAppointment moved = booking.takeEarlierSlot(id);
            return "Changed: your appointment is now " + Formats.dayAndTime(moved.slot().start())
                    + ". The practice has been told.";
        });
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cell.add(new Span("Held for you: " + Formats.dayAndTime(place.offeredStart()) + ", until "
                        + Formats.dayAndTime(place.offerExpiresAt()) + ". "), take,
                button("No thanks", "earlier-decline-" + id, () -> {
                    waits.decline(id);
                    return "Let go. You are still waiting for another earlier appointment.";
                }));
        return cell;
    }

    private Button button(String text, String id, java.util.function.Supplier<String> action) {
        Button button = new Button(text, e -> {
            try {
                after.accept(new Outcome(true, action.get()));
            } catch (BookingRefused | IllegalArgumentException refused) {
                after.accept(new Outcome(false, refused.getMessage()));
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
