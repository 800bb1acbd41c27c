package org.citizenservices.appointments.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.PracticeRow;

import java.time.LocalDateTime;

/**
 * A slot in the practice's appointment book, cut from a {@link BookSession}. Never cached by the persistence
 * provider: whether it is free is decided by the database at the moment of booking.
 */
@Entity
@Cacheable(false)
@Table(name = "SLOT")
public class Slot extends PracticeRow {

    @Column(name = "SESSION_ID", nullable = false)
    private Long sessionId;

    @Column(name = "CLINICIAN_ID", nullable = false)
    private Long clinicianId;

    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ENDS_AT", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "SLOT_TYPE", nullable = false, length = 50)
    private String slotType;

    @Enumerated(EnumType.STRING)
    @Column(name = "MODE", nullable = false, length = 20)
    private AppointmentMode mode;

    @Column(name = "LOCATION", nullable = false, length = 100)
    private String location;

    @Column(name = "BOOKABLE_ONLINE", nullable = false)
    private boolean bookableOnline;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private SlotStatus status;

    /** The clinical system's key for a row it sent through an import; null for one set up here. */
    @Column(name = "SOURCE_KEY", length = 300)
    private String sourceKey;

    protected Slot() {
        // for JPA
    }

    Slot(BookSession session, long clinicianId, LocalDateTime startsAt, LocalDateTime endsAt, String slotType,
         AppointmentMode mode, String location, boolean bookableOnline) {
        super(session.practiceOds());
        this.sessionId = session.id();
        this.clinicianId = clinicianId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.slotType = slotType;
        this.mode = mode;
        this.location = location;
        this.bookableOnline = bookableOnline;
        this.status = SlotStatus.FREE;
    }

    public Long clinicianId() {
        return clinicianId;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String slotType() {
        return slotType;
    }

    public AppointmentMode mode() {
        return mode;
    }

    public String location() {
        return location;
    }

    public boolean bookableOnline() {
        return bookableOnline;
    }

    public SlotStatus status() {
        return status;
    }

    void bookableOnline(boolean bookable) {
        this.bookableOnline = bookable;
    }

    String sourceKey() {
        return sourceKey;
    }

    void sourceKey(String key) {
        this.sourceKey = key;
    }

    /** The clinical system moved or retyped a free slot it sent: it now belongs to {@code session}. */
    void moveTo(BookSession session, LocalDateTime starts, LocalDateTime ends, String type, String where) {
        this.sessionId = session.id();
        this.startsAt = starts;
        this.endsAt = ends;
        this.slotType = type;
        this.location = where;
    }

    Long sessionId() {
        return sessionId;
    }
}
