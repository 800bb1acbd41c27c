package org.citizenservices.appointments.internal.ui;

import org.citizenservices.spi.ErrorSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citizenservices.appointments.internal.AppointmentStatus;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.BookingRefused;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.appointments.internal.FreeSlotSearch;
import org.citizenservices.appointments.internal.OnlineBooking;
import org.citizenservices.spi.CitizenHeading;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StackingTable;
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
    private final StackingTable<BookedAppointment> upcoming = new StackingTable<>("upcoming-appointments",
            "No upcoming appointments.");
    private final StackingTable<BookedAppointment> past = new StackingTable<>("past-appointments", "None.");
    private final SlotFinder finder;
    /** The appointment being changed: the free slots below then move it instead of booking another. */
    private BookedAppointment moving;
    private final Div movingBanner = new Div();
    private final EarlierSlotPanel earlier;

    public AppointmentsView(OnlineBooking booking, FreeSlotSearch freeSlots,
                            org.citizenservices.appointments.internal.EarlierSlotWaits earlierSlots, ServiceAccess access,
                            Clock practiceClock) {
        this.booking = booking;
        this.practiceClock = practiceClock;
        this.earlier = new EarlierSlotPanel(earlierSlots, booking, outcome -> {
            if (outcome.done()) {
                say(outcome.text());
            } else {
                fail(outcome.text());
            }
            refresh();
        });
        setId("appointments-view");
        setMaxWidth("70rem");
        CurrentCitizen citizen = access.currentCitizen().orElseThrow();
        this.patientName = citizen.actingFor().displayName();
        add(CitizenHeading.of(citizen, "Your appointments", "Appointments for "));
        configureTables();
        finder = new SlotFinder(freeSlots, slot -> {
            if (moving == null) {
                new BookingDialog(slot, patientName, this::book).open();
            } else {
                new MoveDialog(moving, slot, this::move).open();
            }
        });
        movingBanner.setId("moving-banner");
        movingBanner.setVisible(false);
        add(errors, message, new H2("Upcoming"), upcoming, movingBanner, finder, new H2("Past and cancelled"), past);
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

    /** Shows which appointment the free slots below would move, with a way back to booking. */
    private void startMoving(BookedAppointment appointment) {
        moving = appointment;
        movingBanner.removeAll();
        Button stop = new Button("Keep it as it is", e -> stopMoving());
        stop.setId("stop-moving");
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL);
        movingBanner.add(new Paragraph("Changing your appointment on " + Formats.dayAndTime(appointment.slot().start())
                + " with " + appointment.slot().clinicianName() + ": choose a new time below."), stop);
        movingBanner.setVisible(true);
        movingBanner.scrollIntoView();
    }

    private void stopMoving() {
        moving = null;
        movingBanner.setVisible(false);
    }

    private void move(BookedAppointment appointment, FreeSlot slot) {
        try {
            BookedAppointment moved = booking.reschedule(appointment.appointmentId(), slot.slotId());
            say("Changed: your appointment is now " + Formats.dayAndTime(moved.slot().start()) + " with "
                    + moved.slot().clinicianName() + ". The practice has been told.");
            stopMoving();
        } catch (BookingRefused | IllegalArgumentException refused) {
            fail(refused.getMessage() + " Your appointment on " + Formats.dayAndTime(appointment.slot().start())
                    + " is unchanged.");
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

    private void configureTables() {
        for (StackingTable<BookedAppointment> table : List.of(upcoming, past)) {
            table.column("Date and time", a -> Formats.dayAndTime(a.slot().start()))
                    .column("With", a -> a.slot().clinicianName() + " (" + a.slot().clinicianRole() + ")")
                    .column("Type", a -> a.slot().slotType())
                    .column("Where", a -> a.slot().mode().label() + ", " + a.slot().location())
                    .column("Reason given", BookedAppointment::reason)
                    .rowId(a -> "appointment-" + a.appointmentId());
        }
        upcoming.column("Cancelling", this::cancelling)
                .column("Earlier appointment", a -> earlier.of(a, cancellable(a))).action(this::actions);
        past.column("Status", AppointmentsView::status).action(this::removeFromCalendar);
    }

    private void refresh() {
        LocalDateTime now = LocalDateTime.now(practiceClock);
        List<BookedAppointment> all = booking.appointments(true);
        earlier.refresh();
        upcoming.setItems(all.stream().filter(a -> isUpcoming(a, now)).toList());
        past.setItems(all.stream().filter(a -> !isUpcoming(a, now)).toList());
        finder.search();
    }

    private static boolean isUpcoming(BookedAppointment a, LocalDateTime now) {
        return a.status() == AppointmentStatus.BOOKED && a.slot().start().isAfter(now);
    }

    private boolean cancellable(BookedAppointment a) {
        return a.cancelBy() != null && !LocalDateTime.now(practiceClock).isAfter(a.cancelBy());
    }

    private String cancelling(BookedAppointment a) {
        return cancellable(a) ? "You can cancel online until " + Formats.dayAndTime(a.cancelBy()) + "."
                : "It is too late to cancel online. To cancel, phone the practice.";
    }

    /** Add to a calendar; and, while the cut-off allows, change or cancel. */
    private Component actions(BookedAppointment a) {
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
                        CalendarLink.of(booking, a, "Add to calendar"));
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        if (cancellable(a)) {
            actions.add(changeAndCancel(a));
        }
        return actions;
    }

    /** A cancelled appointment still to come: its file takes it out of the calendar it was added to. */
    private Component removeFromCalendar(BookedAppointment a) {
        return a.status() == AppointmentStatus.CANCELLED && a.slot().start().isAfter(LocalDateTime.now(practiceClock))
                ? CalendarLink.of(booking, a, "Remove from calendar") : null;
    }

    private Component[] changeAndCancel(BookedAppointment a) {
        Button change = new Button("Change", e -> startMoving(a));
        change.setId("change-" + a.appointmentId());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.getElement().setAttribute("aria-label", "Change the appointment on "
                + Formats.dayAndTime(a.slot().start()));
        Button cancel = new Button("Cancel", e -> new CancelDialog(a, this::cancel).open());
        cancel.setId("cancel-" + a.appointmentId());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cancel.getElement().setAttribute("aria-label", "Cancel the appointment on "
                + Formats.dayAndTime(a.slot().start()));
        return new Component[]{change, cancel};
    }

    /** "Cancelled: the earache has gone", the word in a tag. */
    private static Component status(BookedAppointment a) {
        Span tag = new Span(a.status().label());
        tag.addClassName("status-tag");
        Span status = new Span(tag);
        if (a.cancellationReason() != null) {
            status.add(new Span(": " + a.cancellationReason()));
        }
        return status;
    }

    private void say(String text) {
        message.say(text, errors);
    }

    /** A refusal is about the booking as a whole, not one field: the summary names it without a link. */
    private void fail(String text) {
        message.fail(text, null, errors);
    }
}
