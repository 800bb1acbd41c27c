package org.citizenservices.core.internal.patient;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.core.internal.practice.ServiceConfiguration;
import org.citizenservices.core.api.patient.PatientRegister;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.spi.RecordAccessLevel;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The practice's register of patients as staff use it: find, view (audited), register, record leaving or death,
 * switch services for a patient and set their record access level. Every call is limited to the staff member's
 * practice; another practice's patient is "not found".
 */
public final class PatientRegisterService extends CoreService implements PatientRegister {

    private static final int SEARCH_LIMIT = 50;

    private final AccessEffects patientAccess;

    public PatientRegisterService(CoreContext context, AccessEffects patientAccess) {
        super(context);
        this.patientAccess = patientAccess;
    }

    /**
     * Patients of the staff member's practice matching an NHS number (spaces allowed), a date of birth
     * (yyyy-mm-dd or dd/mm/yyyy) or the start of a family name or forename; sorted by family name.
     */
    public List<Patient> search(StaffMember staff, String query) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        String text = FreeText.search(query,
                "Enter at least two characters of a name, an NHS number or a date of birth.");
        String digits = text.replace(" ", "");
        LocalDate date = PatientSearchDates.parse(text);
        return transactions.read(em -> {
            if (digits.matches("\\d{10}")) {
                return em.createQuery("select p from Patient p where p.practice.id = :practice and p.nhsNumber = :nhs",
                                Patient.class).setParameter("practice", staff.practiceId())
                        .setParameter("nhs", digits).getResultList();
            }
            if (date != null) {
                return em.createQuery("select p from Patient p where p.practice.id = :practice and p.dateOfBirth = :dob"
                                + " order by p.demographics.familyName, p.demographics.forenames", Patient.class)
                        .setParameter("practice", staff.practiceId()).setParameter("dob", date)
                        .setMaxResults(SEARCH_LIMIT).getResultList();
            }
            String like = text.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            return em.createQuery("select p from Patient p where p.practice.id = :practice and "
                            + "(upper(p.demographics.familyName) like :like or upper(p.demographics.forenames) like :like"
                            + " or upper(concat(concat(p.demographics.forenames, ' '), p.demographics.familyName)) like :like)"
                            + " order by p.demographics.familyName, p.demographics.forenames", Patient.class)
                    .setParameter("practice", staff.practiceId()).setParameter("like", like)
                    .setMaxResults(SEARCH_LIMIT).getResultList();
        });
    }

    /** The patient, for their page; the look is audited and shows in the patient's own access log. */
    public Patient view(StaffMember staff, long patientId) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        return transactions.write(em -> {
            Patient patient = ownPatient(em, staff, patientId);
            audit.entry(staff.actor(), AuditAction.PATIENT_VIEWED).patient(patientId).in(em, Outcome.SUCCESS);
            return patient;
        });
    }

    public Patient register(StaffMember staff, NewPatient details) {
        StaffPermission.MANAGE_REGISTRATION.check(staff);
        return transactions.write(em -> {
            Practice practice = em.find(Practice.class, staff.practiceId());
            Patient patient = register(em, practice, details, Times.now(clock));
            audit.entry(staff.actor(), AuditAction.PATIENT_REGISTERED).patient(patient.id()).in(em, Outcome.SUCCESS);
            return patient;
        });
    }

    /** Registers without a signed-in user (the demo data, imports); the caller audits. */
    public static Patient register(EntityManager em, Practice practice, NewPatient details, LocalDateTime now) {
        boolean exists = !em.createQuery("select p.id from Patient p where p.practice = :practice and p.nhsNumber = :nhs")
                .setParameter("practice", practice).setParameter("nhs", details.nhsNumber().value())
                .getResultList().isEmpty();
        if (exists) {
            throw new RuleViolationException("A patient with NHS number " + details.nhsNumber().formatted()
                    + " is already registered at this practice.");
        }
        Patient patient = new Patient(practice, details.nhsNumber(), details.name(), details.dateOfBirth(),
                details.sex(), details.contact(), now);
        em.persist(patient);
        em.flush();
        return patient;
    }

    /**
     * Records that the patient left the practice or died: every live association for them ends today, and each
     * account that has no live association left reverts to INACTIVE (with history and audit).
     */
    public void changeRegistrationStatus(StaffMember staff, long patientId, RegistrationStatus status, String reason) {
        StaffPermission.MANAGE_REGISTRATION.check(staff);
        String why = FreeText.reason(reason, MAX_REGISTRATION_REASON, "Give a reason for the change of registration.");
        transactions.write(em -> {
            Patient patient = ownPatient(em, staff, patientId);
            if (patient.registrationStatus() == status) {
                throw new RuleViolationException("The patient is already " + status.name().toLowerCase(Locale.ROOT) + ".");
            }
            if (patient.registrationStatus() == RegistrationStatus.DECEASED) {
                throw new RuleViolationException("A patient recorded as deceased cannot be changed here.");
            }
            patient.registrationStatus(status, Times.today(clock));
            audit.entry(staff.actor(), AuditAction.REGISTRATION_STATUS_CHANGED).patient(patientId)
                    .detail(status.name()).in(em, Outcome.SUCCESS);
            if (status != RegistrationStatus.REGISTERED) {
                patientAccess.endAllFor(em, patient, "Patient " + status.name().toLowerCase(Locale.ROOT) + ": " + why,
                        staff.actor());
            }
            return null;
        });
    }

    /** The patient's switch per service: the latest patient-level change, or none (as the practice). */
    public Map<CitizenService, ServiceConfiguration> serviceSwitches(StaffMember staff, long patientId) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        return transactions.read(em -> {
            ownPatient(em, staff, patientId);
            return PracticeServicesService.latest(em, staff.practiceId(), patientId);
        });
    }

    /** Every patient-level switch change, newest first: who, when and why. */
    public List<ServiceConfiguration> serviceHistory(StaffMember staff, long patientId) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        return transactions.read(em -> {
            ownPatient(em, staff, patientId);
            return em.createQuery("select c from ServiceConfiguration c where c.patientId = :patient"
                    + " order by c.changedAt desc, c.id desc", ServiceConfiguration.class)
                    .setParameter("patient", patientId).getResultList();
        });
    }

    /** Switches a service on or off for this patient; switching off needs a reason. Every proxy is affected too. */
    public void setService(StaffMember staff, long patientId, CitizenService service, boolean enabled, String reason) {
        StaffPermission.CONFIGURE_PATIENT_SERVICES.check(staff);
        String why = PracticeServicesService.requireReasonWhenDisabling(enabled, reason);
        transactions.write(em -> {
            Patient patient = ownPatient(em, staff, patientId);
            em.persist(new ServiceConfiguration(staff.practiceId(), patient.id(), service, enabled, why,
                    staff.label(), Times.now(clock)));
            audit.entry(staff.actor(), AuditAction.SERVICE_SWITCHED).patient(patientId)
                    .detail(service.key() + (enabled ? " on" : " off")).in(em, Outcome.SUCCESS);
            patientAccess.noteServiceAccessChange(em, patient, service.key() + (enabled ? " switched on" : " switched off")
                    + (why == null ? "" : " (" + why + ")"), staff.actor());
            return null;
        });
    }

    /** Sets how much of the record is visible online, and from which date (null: all dates). */
    public void setRecordAccess(StaffMember staff, long patientId, RecordAccessLevel level, LocalDate from) {
        StaffPermission.CONFIGURE_PATIENT_SERVICES.check(staff);
        if (level == null) {
            throw new InvalidValueException("Choose a record access level.");
        }
        transactions.write(em -> {
            Patient patient = ownPatient(em, staff, patientId);
            patient.recordAccess(level, from);
            audit.entry(staff.actor(), AuditAction.RECORD_ACCESS_CHANGED).patient(patientId)
                    .detail(level.name() + (from == null ? "" : " from " + from)).in(em, Outcome.SUCCESS);
            patientAccess.noteServiceAccessChange(em, patient, "Record access level " + level.name()
                    + (from == null ? "" : " from " + from), staff.actor());
            return null;
        });
    }

    /** Who has viewed or changed the patient's information, newest first. */
    public List<AuditEvent> auditTrail(StaffMember staff, long patientId) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        transactions.read(em -> ownPatient(em, staff, patientId));
        return audit.forPatient(patientId, 500);
    }

    /** A patient of the staff member's practice, or "not found" — never another practice's. */
    public static Patient ownPatient(EntityManager em, StaffMember staff, long patientId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null || !patient.practice().id().equals(staff.practiceId())) {
            throw new NotFoundException("No patient with that reference at this practice.");
        }
        return patient;
    }

    /** The practice's patients among these ids (others are left out), to name them in a capability's lists. */
    public Map<Long, Patient> ofPractice(StaffMember staff, java.util.Collection<Long> patientIds) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return transactions.read(em -> em.createQuery("select p from Patient p where p.practice.id = :practice"
                        + " and p.id in :ids", Patient.class)
                .setParameter("practice", staff.practiceId()).setParameter("ids", List.copyOf(patientIds))
                .getResultStream().collect(java.util.stream.Collectors.toMap(Patient::id, p -> p)));
    }

    /** The practice's patient with this NHS number, if any; finding them is audited as a look at their details. */
    public java.util.Optional<Patient> find(StaffMember staff, NhsNumber nhsNumber) {
        StaffPermission.VIEW_PATIENTS.check(staff);
        java.util.Optional<Patient> found = withNhsNumber(staff.practiceId(), nhsNumber);
        found.ifPresent(patient -> audit.entry(staff.actor(), AuditAction.PATIENT_VIEWED).patient(patient.id())
                .detail("found by NHS number").now(Outcome.SUCCESS));
        return found;
    }

    /**
     * The patient's configured View Record access, for the host's own decisions outside any request (whether a
     * capability's notice would show the patient anything); {@code null} for an unknown patient. Not a record read.
     */
    public org.citizenservices.spi.RecordAccess recordAccessOf(long patientId) {
        return transactions.read(em -> {
            Patient patient = em.find(Patient.class, patientId);
            return patient == null ? null
                    : patient.recordAccess()
                    .withPatient(patientAccess.ownAccountStart(em, patient), patient.dateOfBirth());
        });
    }

    public Patient byNhsNumber(long practiceId, NhsNumber nhsNumber) {
        return withNhsNumber(practiceId, nhsNumber).orElseThrow(() -> new NotFoundException("No such patient."));
    }

    private java.util.Optional<Patient> withNhsNumber(long practiceId, NhsNumber nhsNumber) {
        return transactions.read(em -> em.createQuery(
                        "select p from Patient p where p.practice.id = :practice and p.nhsNumber = :nhs", Patient.class)
                .setParameter("practice", practiceId).setParameter("nhs", nhsNumber.value())
                .getResultStream().findFirst());
    }

    @Override
    public java.util.Optional<Long> demoPatientId(String nhsNumber) {
        return transactions.read(em -> em.createQuery("select p.id from Patient p where p.practice.odsCode = :ods"
                        + " and p.nhsNumber = :nhs", Long.class)
                .setParameter("ods", org.citizenservices.core.demo.DemoPractice.ODS_CODE)
                .setParameter("nhs", nhsNumber).getResultStream().findFirst());
    }
}
