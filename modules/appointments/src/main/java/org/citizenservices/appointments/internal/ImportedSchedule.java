package org.citizenservices.appointments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.PracticeRow;

/**
 * A FHIR Schedule from the practice's clinical system: whose slots they are (the clinician, the room if any) and what
 * kind of appointment. Its slots arrive with it or in later imports, and go into one session per day.
 */
@Entity
@Table(name = "IMPORTED_SCHEDULE")
public class ImportedSchedule extends PracticeRow {

    @Column(name = "SOURCE_KEY", nullable = false, length = 300)
    private String sourceKey;

    /** Its FHIR id as a reference ("Schedule/abc"), by which a later import's slots may name it. */
    @Column(name = "SOURCE_REF", length = 300)
    private String sourceRef;

    @Column(name = "CLINICIAN_ID", nullable = false)
    private Long clinicianId;

    @Column(name = "ROOM_ID")
    private Long roomId;

    @Column(name = "SLOT_TYPE", nullable = false, length = 50)
    private String slotType;

    protected ImportedSchedule() {
        // for JPA
    }

    ImportedSchedule(String practiceOds, String sourceKey) {
        super(practiceOds);
        this.sourceKey = sourceKey;
    }

    /** Takes the schedule as sent now; false when nothing differs. */
    boolean take(long clinician, Long room, String type) {
        boolean same = Long.valueOf(clinician).equals(clinicianId) && java.util.Objects.equals(room, roomId)
                && type.equals(slotType);
        clinicianId = clinician;
        roomId = room;
        slotType = type;
        return !same;
    }

    String sourceKey() {
        return sourceKey;
    }

    void sourceRef(String reference) {
        this.sourceRef = reference;
    }

    long clinicianId() {
        return clinicianId;
    }

    Long roomId() {
        return roomId;
    }

    String slotType() {
        return slotType;
    }

    /** In person in its room, else by telephone: the clinical system's schedule names no room for calls. */
    AppointmentMode mode() {
        return roomId == null ? AppointmentMode.TELEPHONE : AppointmentMode.IN_PERSON;
    }
}
