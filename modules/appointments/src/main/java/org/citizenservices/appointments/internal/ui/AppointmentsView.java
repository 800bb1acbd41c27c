package org.citizenservices.appointments.internal.ui;

import org.citizenservices.spi.ErrorSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citizenservices.appointments.internal.AppointmentStatus;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.BookingRefused;
import org.citizenservices.appointments.internal.FreeSlotSearch;
import org.citizenservices.appointments.internal.OnlineBooking;
import org.citizenservices.spi.CitizenHeading;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StatusMessage;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The citizen's appointments page, for themself or the patient they act for: upcoming appointments (with cancel
 * before the practice's cut-off), free appointments to book, and past and cancelled ones.
 */
public class AppointmentsView extends VerticalLayout {

    private final OnlineBooking booking;
    private final Clock practiceClock;
    private final String patientName;
    private final StatusMessage message = new StatusMessage("appointments-message");
    private final ErrorSummary errors = new ErrorSummary("appointments-error-summary");
    private final UnorderedList upcoming = new UnorderedList();
    private final UnorderedList past = new UnorderedList();
    private final SlotFinder finder;

    public AppointmentsView(OnlineBooking booking, FreeSlotSearch freeSlots, ServiceAccess access,
                            Clock practiceClock) {
        this.booking = booking;
        this.practiceClock = practiceClock;
        setId("appointments-view");
        setMaxWidth("70rem");
        CurrentCitizen citizen = access.currentCitizen().orElseThrow();
        this.patientName = citizen.actingFor().displayName();
        add(CitizenHeading.of(citizen, "Your appointments", "Appointments for "));
        upcoming.setId("upcoming-appointments");
        past.setId("past-appointments");
        finder = new SlotFinder(freeSlots, slot -> new BookingDialog(slot, patientName, this::book).open());
        add(errors, message, new H2("Upcoming"), upcoming, finder, new H2("Past and cancelled"), past);
        refresh();
    }

    private void book(BookingDialog.Confirmed confirmed) {
        try {
            BookedAppointment booked = booking.book(confirmed.slot().slotId(), confirmed.reason(),
                    confirmed.telephone());
            say("Booked: " + Formats.dayAndTime(booked.slot().start()) + " with " + booked.slot().clinicianName()
                    + ". The practice has been told.");
        } catch (BookingRefused refused) {
            fail(refused.getMessage());
        } catch (IllegalArgumentException invalid) {
            fail(invalid.getMessage());
        }
        refresh();
    }

    private void cancel(BookedAppointment appointment, String reason) {
        try {
            booking.cancel(appointment.appointmentId(), reason);
            say("Cancelled: " + Formats.dayAndTime(appointment.slot().start()) + ".");
        } catch (BookingRefused | IllegalArgumentException refused) {
            fail(refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        List<BookedAppointment> all = booking.appointments(true);
        LocalDateTime now = LocalDateTime.now(practiceClock);
        upcoming.removeAll();
        past.removeAll();
        for (BookedAppointment a : all) {
            boolean isUpcoming = a.status() == AppointmentStatus.BOOKED && a.slot().start().isAfter(now);
            (isUpcoming ? upcoming : past).add(item(a, isUpcoming, now));
        }
        if (upcoming.getChildren().findAny().isEmpty()) {
            upcoming.add(new ListItem("No upcoming appointments."));
        }
        if (past.getChildren().findAny().isEmpty()) {
            past.add(new ListItem("None."));
        }
        finder.search();
    }

    private ListItem item(BookedAppointment a, boolean isUpcoming, LocalDateTime now) {
        ListItem item = new ListItem();
        item.setId("appointment-" + a.appointmentId());
        Span when = new Span(Formats.dayAndTime(a.slot().start()) + " — " + a.slot().clinicianName() + " ("
                + a.slot().clinicianRole() + "), " + a.slot().slotType() + ", " + a.slot().mode().label().toLowerCase()
                + ", " + a.slot().location());
        item.add(when);
        if (!isUpcoming) {
            Span status = new Span(a.status().label());
            status.addClassName("status-tag");
            item.add(new Span(" — "), status);
            if (a.cancellationReason() != null) {
                item.add(new Span(": " + a.cancellationReason()));
            }
        }
        if (a.reason() != null) {
            item.add(line("Reason given: " + a.reason()));
        }
        if (isUpcoming) {
            if (a.cancelBy() != null && !now.isAfter(a.cancelBy())) {
                Button cancel = new Button("Cancel", e -> new CancelDialog(a, this::cancel).open());
                cancel.setId("cancel-" + a.appointmentId());
                cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                cancel.getElement().setAttribute("aria-label", "Cancel the appointment on "
                        + Formats.dayAndTime(a.slot().start()));
                item.add(line("You can cancel online until " + Formats.dayAndTime(a.cancelBy()) + "."), cancel);
            } else {
                item.add(line("It is too late to cancel online. To cancel, phone the practice."));
            }
        }
        return item;
    }

    private static Component line(String text) {
        return new Div(new Span(text));
    }

    private void say(String text) {
        message.say(text, errors);
    }

    /** A refusal is about the booking as a whole, not one field: the summary names it without a link. */
    private void fail(String text) {
        message.fail(text, null, errors);
    }
}
