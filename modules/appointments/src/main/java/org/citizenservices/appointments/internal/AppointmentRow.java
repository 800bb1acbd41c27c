package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An appointment with its slot and clinician, as read together; what the citizen and the practice are shown. */
record AppointmentRow(Appointment appointment, Slot slot, Clinician clinician) {

    BookedAppointment view(BookingRules rules) {
        return new BookedAppointment(appointment.id(), appointment.patientId(), FreeSlot.of(slot, clinician),
                appointment.status(), appointment.reason(), appointment.bookedAt(), appointment.bookedBy(),
                appointment.bookedAs(), appointment.bookedOnline(),
                appointment.status() == AppointmentStatus.BOOKED ? rules.cancelBy(slot.startsAt()) : null,
                appointment.cancellationReason());
    }

    static AppointmentRow of(EntityManager em, Appointment appointment) {
        Slot slot = em.find(Slot.class, appointment.slotId());
        return new AppointmentRow(appointment, slot, em.find(Clinician.class, slot.clinicianId()));
    }

    /** Every appointment of one patient of the practice, earliest first. */
    static List<AppointmentRow> ofPatient(EntityManager em, String practice, long patientId) {
        return rows(em, practice, patientId, null, null);
    }

    /** Every appointment of the practice between two days, earliest first. */
    static List<AppointmentRow> between(EntityManager em, String practice, LocalDate from, LocalDate to) {
        return rows(em, practice, null, from, to);
    }

    private static List<AppointmentRow> rows(EntityManager em, String practice, Long patientId, LocalDate from,
                                             LocalDate to) {
        StringBuilder query = new StringBuilder("select a, s, c from Appointment a, Slot s, Clinician c"
                + " where s.id = a.slotId and c.id = s.clinicianId and a.practiceOds = :ods");
        if (patientId != null) {
            query.append(" and a.patientId = :patient");
        }
        if (from != null) {
            query.append(" and s.startsAt >= :from and s.startsAt < :before");
        }
        query.append(" order by s.startsAt, a.id");
        var typed = em.createQuery(query.toString(), Object[].class).setParameter("ods", practice);
        if (patientId != null) {
            typed.setParameter("patient", patientId);
        }
        if (from != null) {
            typed.setParameter("from", from.atStartOfDay()).setParameter("before", to.plusDays(1).atStartOfDay());
        }
        List<AppointmentRow> rows = new ArrayList<>();
        for (Object[] r : typed.getResultList()) {
            rows.add(new AppointmentRow((Appointment) r[0], (Slot) r[1], (Clinician) r[2]));
        }
        return rows;
    }
}
