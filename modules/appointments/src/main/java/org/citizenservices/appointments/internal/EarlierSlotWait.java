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
 * A patient's place on the earlier-slot waiting list for one booked appointment: waiting, holding an offer of a slot
 * until a time, or done (taken, or ended with the appointment or by the patient).
 */
@Entity
@Cacheable(false)
@Table(name = "EARLIER_SLOT_WAIT")
public class EarlierSlotWait extends PatientRow {

    /** Where a place on the list stands. */
    public enum Status {
        WAITING, OFFERED, TAKEN, ENDED
    }

    @Column(name = "APPOINTMENT_ID", nullable = false)
    private long appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "SLOT_TYPE", nullable = false, length = 60)
    private String slotType;

    @Enumerated(EnumType.STRING)
    @Column(name = "MODE", nullable = false, length = 20)
    private AppointmentMode mode;

    @Column(name = "ASKED_AT", nullable = false)
    private LocalDateTime askedAt;

    @Column(name = "ASKED_BY", nullable = false, length = 160)
    private String askedBy;

    @Column(name = "OFFERED_SLOT_ID")
    private Long offeredSlotId;

    @Column(name = "OFFER_EXPIRES_AT")
    private LocalDateTime offerExpiresAt;

    /** Whether the patient has been told of the offer (claimed by one node before telling). */
    @Column(name = "OFFER_NOTIFIED", nullable = false)
    private boolean offerNotified;

    protected EarlierSlotWait() {
        // for JPA
    }

    EarlierSlotWait(Appointment appointment, Slot slot, LocalDateTime at, String by) {
        super(appointment.practiceOds(), appointment.patientId());
        this.appointmentId = appointment.id();
        this.status = Status.WAITING;
        this.slotType = slot.slotType();
        this.mode = slot.mode();
        this.askedAt = at;
        this.askedBy = by;
    }

    public long appointmentId() {
        return appointmentId;
    }

    public Status status() {
        return status;
    }

    public LocalDateTime askedAt() {
        return askedAt;
    }

    public Long offeredSlotId() {
        return offeredSlotId;
    }

    public LocalDateTime offerExpiresAt() {
        return offerExpiresAt;
    }

    void offer(long slotId, LocalDateTime until) {
        this.status = Status.OFFERED;
        this.offeredSlotId = slotId;
        this.offerExpiresAt = until;
        this.offerNotified = false;
    }

    /** The offer let pass (declined or expired): waiting again, for another slot. */
    void backToWaiting() {
        this.status = Status.WAITING;
        this.offeredSlotId = null;
        this.offerExpiresAt = null;
    }

    void taken() {
        this.status = Status.TAKEN;
        this.offeredSlotId = null;
    }

    void ended() {
        this.status = Status.ENDED;
        this.offeredSlotId = null;
        this.offerExpiresAt = null;
    }
}
