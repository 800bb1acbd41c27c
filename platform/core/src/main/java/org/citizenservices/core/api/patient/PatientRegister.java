package org.citizenservices.core.api.patient;

import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.audit.AuditEventDetails;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The practice's register of patients: registration, registration status, the per-patient switches of citizen
 * services and record access. Every call is made by a signed-in staff member and checked against their permissions
 * and practice.
 */
public interface PatientRegister {

    /**
     * Each ended association keeps "Patient deceased: " and the reason in its VARCHAR(300) end reason; a round
     * number below what fits.
     */
    int MAX_REGISTRATION_REASON = 250;

    /** Patients of the staff member's practice whose name or NHS number matches {@code query}. */
    List<? extends PatientDetails> search(StaffMember staff, String query);

    /** One patient of the staff member's practice, audited as a look at the record. */
    PatientDetails view(StaffMember staff, long patientId);

    /** Registers a new patient at the staff member's practice. */
    PatientDetails register(StaffMember staff, NewPatient details);

    /** Changes a patient's registration status, with the reason staff give. */
    void changeRegistrationStatus(StaffMember staff, long patientId, RegistrationStatus status, String reason);

    /** The current switch of each citizen service for the patient. */
    Map<CitizenService, ? extends ServiceConfigurationDetails> serviceSwitches(StaffMember staff, long patientId);

    /** Every change of the patient's service switches, newest first. */
    List<? extends ServiceConfigurationDetails> serviceHistory(StaffMember staff, long patientId);

    /** Turns one citizen service on or off for the patient, with a reason. */
    void setService(StaffMember staff, long patientId, CitizenService service, boolean enabled, String reason);

    /** Sets how much of the record the patient's own online access shows, from {@code from}. */
    void setRecordAccess(StaffMember staff, long patientId, RecordAccessLevel level, LocalDate from);

    /** The audit trail of everything done to or for the patient. */
    List<? extends AuditEventDetails> auditTrail(StaffMember staff, long patientId);

    /** The patients among {@code patientIds} that belong to the staff member's practice, by id. */
    Map<Long, ? extends PatientDetails> ofPractice(StaffMember staff, Collection<Long> patientIds);

    /** The staff member's practice's patient with this NHS number, if any. */
    Optional<? extends PatientDetails> find(StaffMember staff, NhsNumber nhsNumber);

    /** The practice's patient with this NHS number; not found when there is none. */
    PatientDetails byNhsNumber(long practiceId, NhsNumber nhsNumber);

    /** The id of the demo practice's patient with this NHS number, for capabilities' demo data. */
    java.util.Optional<Long> demoPatientId(String nhsNumber);
}
