package org.citizenservices.appointments.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * A patient's appointment in a slot. While it holds the slot its {@code LIVE_SLOT_ID} is the slot's id, which the
 * database keeps unique: two live appointments in one slot cannot be stored. There is no amend: cancel and rebook.
 */
@Entity
@Cacheable(false)
@Table(name = "APPOINTMENT")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;

    @Column(name = "SLOT_ID", nullable = false)
    private Long slotId;

    @Column(name = "LIVE_SLOT_ID")
    private Long liveSlotId;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    /** The slot's start, kept with the appointment so the maximum is counted from this table alone. */
    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status;

    @Column(length = 500)
    private String reason;

    @Column(length = 20)
    private String telephone;

    @Column(name = "BOOKED_AT", nullable = false)
    private LocalDateTime bookedAt;

    @Column(name = "BOOKED_BY", nullable = false, length = 120)
    private String bookedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "BOOKED_AS", nullable = false, length = 10)
    private BookedAs bookedAs;

    @Column(name = "BOOKED_ONLINE", nullable = false)
    private boolean bookedOnline;

    @Column(name = "CANCELLED_AT")
    private LocalDateTime cancelledAt;

    @Column(name = "CANCELLED_BY", length = 120)
    private String cancelledBy;

    @Column(name = "CANCELLATION_REASON", length = 300)
    private String cancellationReason;

    protected Appointment() {
        // for JPA
    }

    Appointment(Slot slot, long patientId, String reason, String telephone, LocalDateTime bookedAt, String bookedBy,
                BookedAs bookedAs, boolean bookedOnline) {
        this.practiceOds = slot.practiceOds();
        this.slotId = slot.id();
        this.liveSlotId = slot.id();
        this.patientId = patientId;
        this.startsAt = slot.startsAt();
        this.status = AppointmentStatus.BOOKED;
        this.reason = reason;
        this.telephone = telephone;
        this.bookedAt = bookedAt;
        this.bookedBy = bookedBy;
        this.bookedAs = bookedAs;
        this.bookedOnline = bookedOnline;
    }

    void cancel(LocalDateTime at, String by, String why) {
        this.status = AppointmentStatus.CANCELLED;
        this.liveSlotId = null;
        this.cancelledAt = at;
        this.cancelledBy = by;
        this.cancellationReason = why;
    }

    void outcome(AppointmentStatus outcome) {
        this.status = outcome;
    }

    public Long id() {
        return id;
    }

    public String practiceOds() {
        return practiceOds;
    }

    public Long slotId() {
        return slotId;
    }

    public long patientId() {
        return patientId;
    }

    public AppointmentStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime bookedAt() {
        return bookedAt;
    }

    public String bookedBy() {
        return bookedBy;
    }

    public BookedAs bookedAs() {
        return bookedAs;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public boolean bookedOnline() {
        return bookedOnline;
    }
}
