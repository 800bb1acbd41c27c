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

    /** The clinical system's key for a row it sent through an import; null for one set up here. */
    @Column(name = "SOURCE_KEY", length = 300)
    private String sourceKey;

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

    String sourceKey() {
        return sourceKey;
    }

    void sourceKey(String key) {
        this.sourceKey = key;
    }

    /** Grows an imported day's session to cover a slot of it. */
    void cover(LocalTime from, LocalTime to) {
        starts = from.isBefore(starts) ? from : starts;
        ends = to.isAfter(ends) ? to : ends;
    }

    LocalDate date() {
        return date;
    }

    LocalTime starts() {
        return starts;
    }

    LocalTime ends() {
        return ends;
    }
}
