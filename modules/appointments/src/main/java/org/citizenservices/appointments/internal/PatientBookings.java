package org.citizenservices.appointments.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientKeyedRow;

/**
 * One row per patient who has booked. A booking updates it once it holds the slot and before it counts the patient's appointments, so a patient's bookings take turns
 * and the practice's maximum of future appointments holds under parallel requests (a count alone would not).
 */
@Entity
@Cacheable(false)
@Table(name = "PATIENT_BOOKINGS")
public class PatientBookings extends PatientKeyedRow {

    @Column(nullable = false)
    private long bookings;

    protected PatientBookings() {
        // for JPA
    }

    PatientBookings(long patientId, String practiceOds) {
        super(patientId, practiceOds);
        this.bookings = 1;
    }
}
