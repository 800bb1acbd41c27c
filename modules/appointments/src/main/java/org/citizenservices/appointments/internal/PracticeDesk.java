package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The practice's desk at the appointment book: the book a day or a week at a time, booking for a patient who phoned
 * or came in, cancelling, recording attended or did not attend, and offering a slot online or withdrawing it. Every
 * operation first asks the host's {@link ServiceAccess} for a member of staff, stays inside that practice, and
 * changes are audited against the patient. The practice is not bound by the online window or maximum.
 */
public final class PracticeDesk {

    private final BookTransactions transactions;
    private final SlotBookings slots;
    private final ServiceAccess access;
    private final Clock practiceClock;

    PracticeDesk(BookTransactions transactions, SlotBookings slots, ServiceAccess access, Clock practiceClock) {
        this.transactions = transactions;
        this.slots = slots;
        this.access = access;
        this.practiceClock = practiceClock;
    }

    /** The appointment book between two days: every slot, with its appointment if it has one. */
    public List<BookEntry> book(LocalDate from, LocalDate to) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        if (to.isBefore(from) || from.plusDays(31).isBefore(to)) {
            throw new IllegalArgumentException("Show at most a month of the book at a time.");
        }
        BookingRules rules = BookingRules.from(access::practiceSetting);
        List<BookEntry> entries = transactions.read(em -> entries(em, staff.odsCode(), from, to, rules));
        access.audit("APPOINTMENT_BOOK_VIEWED", from + " to " + to);
        return entries;
    }

    public void setBookableOnline(long slotId, boolean bookable) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        transactions.write(em -> {
            Slot slot = em.find(Slot.class, slotId);
            if (slot == null || !slot.practiceOds().equals(staff.odsCode())) {
                throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such slot.");
            }
            slot.bookableOnline(bookable);
            return null;
        });
        access.audit(bookable ? "SLOT_OFFERED_ONLINE" : "SLOT_WITHDRAWN_ONLINE", "slot " + slotId);
    }

    /** Records that the patient attended or did not attend: staff only, once the appointment has started. */
    public void recordOutcome(long appointmentId, AppointmentStatus outcome) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        if (outcome != AppointmentStatus.ATTENDED && outcome != AppointmentStatus.DID_NOT_ATTEND) {
            throw new IllegalArgumentException("An outcome is attended or did not attend.");
        }
        long patientId = transactions.write(em -> {
            Appointment appointment = staffAppointment(em, staff, appointmentId);
            Slot slot = em.find(Slot.class, appointment.slotId());
            if (appointment.status() == AppointmentStatus.CANCELLED) {
                throw new BookingRefused(BookingRefused.Reason.NOT_BOOKED, "This appointment was cancelled.");
            }
            if (slot.startsAt().isAfter(LocalDateTime.now(practiceClock))) {
                throw new BookingRefused(BookingRefused.Reason.NOT_BOOKED,
                        "An outcome can be recorded once the appointment has started.");
            }
            appointment.outcome(outcome);
            return appointment.patientId();
        });
        access.auditPatient(patientId, "APPOINTMENT_" + outcome.name(), "appointment " + appointmentId);
    }

    /**
     * Books a slot for a patient of the practice found by NHS number (they phoned or came to the desk): any slot,
     * bookable online or not; the online window and maximum do not apply to the practice.
     */
    public BookedAppointment bookForPatient(String nhsNumber, long slotId, String reason) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String cleanReason = Texts.optional(reason, 500, "The reason");
        PracticePatient patient = access.findPracticePatient(nhsNumber).filter(PracticePatient::registered)
                .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.NOT_FOUND,
                        "No patient registered at this practice has that NHS number."));
        BookingOrder order = new BookingOrder(staff.odsCode(), patient.patientId(), slotId, cleanReason, null,
                staff.displayName(), BookedAs.STAFF, false);
        BookedAppointment booked = slots.book(order, BookingRules.from(access::practiceSetting));
        access.auditPatient(patient.patientId(), "APPOINTMENT_BOOKED", "appointment " + booked.appointmentId()
                + ", by the practice");
        return booked;
    }

    /** Cancels on the patient's behalf (they phoned) or for the practice's own reasons; no cut-off applies. */
    public void cancelByPractice(long appointmentId, String reason) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String why = Texts.required(reason, 300, "The reason");
        long patientId = transactions.write(em -> {
            Appointment appointment = staffAppointment(em, staff, appointmentId);
            if (appointment.status() != AppointmentStatus.BOOKED) {
                throw new BookingRefused(BookingRefused.Reason.NOT_BOOKED, "This appointment is not booked.");
            }
            slots.release(em, appointment, staff.displayName(), why);
            return appointment.patientId();
        });
        access.auditPatient(patientId, "APPOINTMENT_CANCELLED", "appointment " + appointmentId + ", by the practice");
    }

    /** The practice's appointment, locked until the transaction ends: two changes to one appointment take turns. */
    private static Appointment staffAppointment(EntityManager em, CurrentStaff staff, long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || !appointment.practiceOds().equals(staff.odsCode())) {
            throw new BookingRefused(BookingRefused.Reason.NOT_FOUND, "There is no such appointment.");
        }
        return appointment;
    }

    private static List<BookEntry> entries(EntityManager em, String practice, LocalDate from, LocalDate to,
                                           BookingRules rules) {
        Map<Long, BookedAppointment> live = new HashMap<>();
        for (AppointmentRow row : AppointmentRow.between(em, practice, from, to)) {
            if (row.appointment().status().holdsSlot()) {
                live.put(row.slot().id(), row.view(rules));
            }
        }
        List<Object[]> slots = em.createQuery("select s, c from Slot s, Clinician c where c.id = s.clinicianId"
                        + " and s.practiceOds = :ods and s.startsAt >= :from and s.startsAt < :before"
                        + " order by s.startsAt, c.name", Object[].class)
                .setParameter("ods", practice).setParameter("from", from.atStartOfDay())
                .setParameter("before", to.plusDays(1).atStartOfDay()).getResultList();
        List<BookEntry> entries = new ArrayList<>(slots.size());
        for (Object[] r : slots) {
            Slot slot = (Slot) r[0];
            Clinician clinician = (Clinician) r[1];
            entries.add(new BookEntry(FreeSlot.of(slot, clinician), slot.bookableOnline(), live.get(slot.id()),
                    slot.status() == SlotStatus.HELD));
        }
        return entries;
    }
}
