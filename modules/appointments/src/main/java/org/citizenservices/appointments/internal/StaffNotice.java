package org.citizenservices.appointments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A notice to the practice that a patient or proxy booked online, until a member of staff marks it seen. */
@Entity
@Table(name = "STAFF_NOTICE")
public class StaffNotice {

    @Id
    @Column(name = "APPOINTMENT_ID")
    private Long appointmentId;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false, length = 300)
    private String text;

    @Column(name = "SEEN_AT")
    private LocalDateTime seenAt;

    @Column(name = "SEEN_BY", length = 120)
    private String seenBy;

    protected StaffNotice() {
        // for JPA
    }

    StaffNotice(Appointment appointment, LocalDateTime createdAt, String text) {
        this.practiceOds = appointment.practiceOds();
        this.appointmentId = appointment.id();
        this.createdAt = createdAt;
        this.text = text.length() > 300 ? text.substring(0, 300) : text;
    }

    void seen(LocalDateTime at, String by) {
        this.seenAt = at;
        this.seenBy = by;
    }

    /** The notice's id is its appointment's: one notice per online booking. */
    public Long id() {
        return appointmentId;
    }

    public String practiceOds() {
        return practiceOds;
    }

    public Long appointmentId() {
        return appointmentId;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String text() {
        return text;
    }
}
