package org.citizenservices.appointments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.PracticeRow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A clinician's session on one day: from its start to its end it is cut into slots of equal length. */
@Entity
@Table(name = "BOOK_SESSION")
public class BookSession extends PracticeRow {

    @Column(name = "CLINICIAN_ID", nullable = false)
    private Long clinicianId;

    @Column(name = "ROOM_ID")
    private Long roomId;

    @Column(name = "SESSION_DATE", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private LocalTime starts;

    @Column(nullable = false)
    private LocalTime ends;

    @Column(name = "SLOT_MINUTES", nullable = false)
    private int slotMinutes;

    @Column(name = "SLOT_TYPE", nullable = false, length = 50)
    private String slotType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentMode mode;

    @Column(name = "CREATED_BY", nullable = false, length = 120)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    protected BookSession() {
        // for JPA
    }

    BookSession(String practiceOds, NewSession session, String createdBy, LocalDateTime createdAt) {
        super(practiceOds);
        this.clinicianId = session.clinicianId();
        this.roomId = session.roomId();
        this.date = session.date();
        this.starts = session.starts();
        this.ends = session.ends();
        this.slotMinutes = session.slotMinutes();
        this.slotType = session.slotType();
        this.mode = session.mode();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

}
