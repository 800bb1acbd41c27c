package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The citizen's side of the appointment book (AMC01/AMC02): book a free slot, see the patient's appointments, cancel
 * before the practice's cut-off — for themself or the patient they act for. Every operation first asks the host's
 * {@link ServiceAccess} for APPOINTMENTS, stays inside the practice of that patient, and is audited.
 */
public final class OnlineBooking {

    private final BookTransactions transactions;
    private final SlotBookings slots;
    private final ServiceAccess access;
    private final Clock practiceClock;

    OnlineBooking(BookTransactions transactions, SlotBookings slots, ServiceAccess access, Clock practiceClock) {
        this.transactions = transactions;
        this.slots = slots;
        this.access = access;
        this.practiceClock = practiceClock;
    }

    /** Books a free slot for the patient the citizen acts for; the reason is optional (AMC02). */
    public BookedAppointment book(long slotId, String reason, String telephone) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        String cleanReason = Texts.optional(reason, 500, "The reason");
        String phone = CallBackNumbers.check(telephone);
        BookingRules rules = BookingRules.from(access::practiceSetting);
        BookedAs as = citizen.actingFor().self() ? BookedAs.SELF : BookedAs.PROXY;
        BookedAppointment booked = slots.book(new BookingOrder(citizen.odsCode(), citizen.actingFor().patientId(),
                slotId, cleanReason, phone, label(citizen), as, true), rules);
        access.audit("APPOINTMENT_BOOKED", "appointment " + booked.appointmentId() + ", slot " + slotId);
        return booked;
    }

    /** The patient's appointments: upcoming ones, or all of them with the past and the cancelled. */
    public List<BookedAppointment> appointments(boolean includePast) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        LocalDateTime now = LocalDateTime.now(practiceClock);
        BookingRules rules = BookingRules.from(access::practiceSetting);
        return transactions.read(em -> AppointmentRow.ofPatient(em, citizen.odsCode(),
                        citizen.actingFor().patientId()))
                .stream()
                .map(row -> row.view(rules))
                .filter(a -> includePast || a.status() == AppointmentStatus.BOOKED && a.slot().start().isAfter(now))
                .toList();
    }

    /** Cancels one of the patient's booked appointments before the practice's cut-off. */
    public void cancel(long appointmentId, String reason) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        String why = Texts.optional(reason, 300, "The reason");
        BookingRules rules = BookingRules.from(access::practiceSetting);
        transactions.write(em -> {
            Appointment appointment = cancellable(em, citizen, appointmentId, rules, "cancel");
            slots.release(em, appointment, label(citizen), why == null ? "No reason given" : why);
            return null;
        });
        access.audit("APPOINTMENT_CANCELLED", "appointment " + appointmentId);
    }

    /**
     * Moves one of the patient's booked appointments to another free slot in one step, by the rules of both: the old
     * one may still be cancelled online, the new one booked. Its reason and call-back number go with it. Either both
     * happen or nothing changes.
     */
    public BookedAppointment reschedule(long appointmentId, long slotId) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        BookingRules rules = BookingRules.from(access::practiceSetting);
        BookedAs as = citizen.actingFor().self() ? BookedAs.SELF : BookedAs.PROXY;
        BookedAppointment moved = slots.move(em -> cancellable(em, citizen, appointmentId, rules, "move"),
                old -> new BookingOrder(citizen.odsCode(), citizen.actingFor().patientId(), slotId, old.reason(),
                        old.telephone(), label(citizen), as, true), rules);
        access.audit("APPOINTMENT_RESCHEDULED", "appointment " + appointmentId + " moved to appointment "
                + moved.appointmentId() + ", slot " + slotId);
        return moved;
    }

    /**
     * Takes the earlier slot held for the patient's appointment ({@link EarlierSlotWaits}): the appointment moves to it
     * in one step, by the same rules as a reschedule; an offer that has run out or was never made changes nothing.
     */
    public BookedAppointment takeEarlierSlot(long appointmentId) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        BookingRules rules = BookingRules.from(access::practiceSetting);
        BookedAs as = citizen.actingFor().self() ? BookedAs.SELF : BookedAs.PROXY;
        long[] offered = new long[1];
        BookedAppointment moved = slots.move(em -> {
            Appointment old = cancellable(em, citizen, appointmentId, rules, "move");
            EarlierSlotWait wait = EarlierSlotWaits.active(em, appointmentId)
                    .filter(w -> w.status() == EarlierSlotWait.Status.OFFERED
                            && w.offerExpiresAt().isAfter(LocalDateTime.now(practiceClock)))
                    .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.NOT_FOUND,
                            "No earlier appointment is on offer now: the offer may have run out."));
            offered[0] = EarlierSlotOffers.takeUp(em, wait);
            return old;
        }, old -> new BookingOrder(citizen.odsCode(), citizen.actingFor().patientId(), offered[0], old.reason(),
                old.telephone(), label(citizen), as, true), rules);
        access.audit("EARLIER_SLOT_TAKEN", "appointment " + appointmentId + " moved to appointment "
                + moved.appointmentId() + ", slot " + offered[0]);
        return moved;
    }

    /** A calendar file of an appointment: its name and the iCalendar text. */
    public record CalendarFile(String fileName, byte[] content) {
    }

    /**
     * One of the patient's appointments as a calendar file ({@link AppointmentCalendar}): to add a booked one, or to
     * take a cancelled one out of the calendar. Audited; any other id is {@link BookingRefused.Reason#NOT_FOUND}.
     */
    public CalendarFile calendar(long appointmentId) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        BookingRules rules = BookingRules.from(access::practiceSetting);
        BookedAppointment appointment = transactions.read(em -> {
            Appointment found = em.find(Appointment.class, appointmentId);
            return found == null || found.patientId() != citizen.actingFor().patientId()
                    || !found.practiceOds().equals(citizen.odsCode()) ? null : AppointmentRow.of(em, found).view(rules);
        });
        if (appointment == null) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such appointment.");
        }
        String forWhom = citizen.actingFor().self() ? "Your" : citizen.actingFor().displayName() + "'s";
        byte[] content = AppointmentCalendar.of(appointment, forWhom, citizen.odsCode(), citizen.practiceName(),
                practiceClock.getZone(), practiceClock.instant());
        access.audit("APPOINTMENT_CALENDAR_FILE", "appointment " + appointmentId);
        return new CalendarFile("appointment-" + appointment.slot().start().toLocalDate() + ".ics", content);
    }

    /** The patient's own booked appointment, locked, that the practice's cut-off still lets them {@code change}. */
    private Appointment cancellable(EntityManager em, CurrentCitizen citizen, long appointmentId, BookingRules rules,
                                    String change) {
        Appointment appointment = booked(em, citizen, appointmentId);
        Slot slot = em.find(Slot.class, appointment.slotId());
        if (!rules.mayCancel(slot.startsAt(), LocalDateTime.now(practiceClock))) {
            throw new BookingRefused(BookingRefused.Reason.PAST_CUT_OFF, "It is too late to " + change + " this "
                    + "appointment online: the practice needs " + rules.cancellationCutOffHours()
                    + " hours' notice. Please phone the practice.");
        }
        return appointment;
    }

    /** The patient's own appointment, locked, while it is booked. */
    static Appointment booked(EntityManager em, CurrentCitizen citizen, long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || appointment.patientId() != citizen.actingFor().patientId()
                || !appointment.practiceOds().equals(citizen.odsCode())) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such appointment.");
        }
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw new BookingRefused(BookingRefused.Reason.NOT_BOOKED,
                    "This appointment is " + appointment.status().label().toLowerCase() + " already.");
        }
        return appointment;
    }

    /**
     * Whose appointment this is, when it is one of the practice's of the patient the citizen acts for now — for an
     * API that names an appointment before the patient (GP Connect's {@code Appointment/{id}}); the caller then moves
     * to that patient through the host's access check before reading it.
     */
    public java.util.Optional<Long> patientOf(long appointmentId) {
        CurrentCitizen citizen = access.currentCitizen().orElseThrow(() -> new SecurityException("Sign in first."));
        return java.util.Optional.ofNullable(transactions.read(em -> {
            Appointment appointment = em.find(Appointment.class, appointmentId);
            return appointment == null || !appointment.practiceOds().equals(citizen.odsCode()) ? null
                    : appointment.patientId();
        }));
    }

    /** Who booked, as the practice reads it: the citizen, and for a proxy their relationship to the patient. */
    private static String label(CurrentCitizen citizen) {
        return citizen.actingFor().self() ? citizen.displayName()
                : citizen.displayName() + " (" + citizen.actingFor().relationship().toLowerCase() + ")";
    }
}
