package org.citizenservices.appointments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A slot in the practice's appointment book. Never leaves this bundle: views and services use {@link FreeSlot}. */
@Entity
@Table(name = "SLOT")
public class Slot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ENDS_AT", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "CLINICIAN_NAME", nullable = false, length = 100)
    private String clinicianName;

    @Column(name = "CLINICIAN_ROLE", nullable = false, length = 50)
    private String clinicianRole;

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

    protected Slot() {
        // for JPA
    }

    Slot(LocalDateTime startsAt, LocalDateTime endsAt, String clinicianName, String clinicianRole, String slotType,
         AppointmentMode mode, String location, boolean bookableOnline) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.clinicianName = clinicianName;
        this.clinicianRole = clinicianRole;
        this.slotType = slotType;
        this.mode = mode;
        this.location = location;
        this.bookableOnline = bookableOnline;
        this.status = SlotStatus.FREE;
    }

}
