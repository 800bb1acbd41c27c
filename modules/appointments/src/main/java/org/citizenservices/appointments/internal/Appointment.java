package org.citizenservices.appointments.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientRow;

import java.time.LocalDateTime;

/**
 * A patient's appointment in a slot. While it holds the slot its {@code LIVE_SLOT_ID} is the slot's id, which the
 * database keeps unique: two live appointments in one slot cannot be stored. There is no amend: cancel and rebook.
 */
@Entity
@Cacheable(false)
@Table(name = "APPOINTMENT")
public class Appointment extends PatientRow {

    @Column(name = "SLOT_ID", nullable = false)
    private Long slotId;

    @Column(name = "LIVE_SLOT_ID")
    private Long liveSlotId;

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
        super(slot.practiceOds(), patientId);
        this.slotId = slot.id();
        this.liveSlotId = slot.id();
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

    public Long slotId() {
        return slotId;
    }

    public AppointmentStatus status() {
        return status;
    }

    String telephone() {
        return telephone;
    }

    public String reason() {
        return reason;
    }

    /** When its slot starts (kept on the appointment for counting a patient's future ones). */
    public LocalDateTime startsAt() {
        return startsAt;
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
