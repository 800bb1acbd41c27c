package org.citizenservices.spi.testing;

import org.citizenservices.spi.ActingFor;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.ServiceNotAvailableException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's side of the SPI for a capability service's tests, without a host (shared by the modules' tests as the
 * SPI's test jar): who is signed in (a citizen acting for a
 * patient, or a practice user), each patient's configured View Record access, and the audit trail as a list. The
 * access rule itself is the core's and is tested there; here the service is available or not, as a test says.
 */
public final class TestServiceAccess implements ServiceAccess {

    public static final String PRACTICE = "Y99999";

    public record Audited(Long patientId, String action, String detail) {
    }

    public final List<Audited> audit = new ArrayList<>();
    public final Map<Long, RecordAccess> configured = new HashMap<>();
    public final Map<Long, String> practiceOf = new HashMap<>();
    private CurrentCitizen citizen;
    private boolean available = true;
    private CurrentStaff staff;

    private long lastNewPatient = 1000;

    /**
     * A patient of {@link #PRACTICE} no test has used yet, with the citizen now acting for them (as themself, or as
     * their mother); the patient's id. Ids start above 1000, clear of the ids tests choose themselves.
     */
    public long newPatient(boolean self) {
        long id = ++lastNewPatient;
        practiceOf.put(id, PRACTICE);
        citizenFor(id, self);
        return id;
    }

    public void citizenFor(long patientId, boolean self) {
        citizenFor(patientId, self, LocalDate.of(1985, 3, 14));
    }

    /** Another account acting for the patient: a second proxy, say. */
    public void citizenAs(String accountId, long patientId, boolean self) {
        staff = null;
        citizen = new CurrentCitizen(accountId, "Another Citizen", PRACTICE, "Riverside Medical Practice",
                new ActingFor(patientId, "Patient " + patientId, "9990000018", LocalDate.of(1985, 3, 14), self,
                        self ? "Self" : "Father"));
    }

    /** The citizen acting for a patient born on {@code born}: a child, a 16-year-old. */
    public void citizenFor(long patientId, boolean self, LocalDate born) {
        staff = null;
        citizen = new CurrentCitizen("ACC" + patientId, "Jane Demo", PRACTICE, "Riverside Medical Practice",
                new ActingFor(patientId, "Patient " + patientId, "9990000018", born, self, self ? "Self" : "Mother"));
    }

    public void available(boolean available) {
        this.available = available;
    }

    public final Map<String, String> settings = new HashMap<>();

    public void staff(Role... roles) {
        staffAt(PRACTICE, roles);
    }

    /** A practice user of another practice than the citizen's, to check that a module keeps practices apart. */
    public void staffAt(String odsCode, Role... roles) {
        citizen = null;
        staff = new CurrentStaff("drpatel", "Dr Asha Patel", odsCode, java.util.Set.of(roles));
    }

    public void configure(long patientId, RecordAccessLevel level, LocalDate from) {
        configure(patientId, level, from, null);
    }

    /**
     * With the day the patient's own online account began ({@code null}: they have none) and their date of birth (as
     * {@link #citizenFor(long, boolean, LocalDate)} gave it, or 14 March 1985).
     */
    public void configure(long patientId, RecordAccessLevel level, LocalDate from, LocalDate ownAccountFrom) {
        LocalDate born = citizen != null && citizen.actingFor().patientId() == patientId
                ? citizen.actingFor().dateOfBirth() : LocalDate.of(1985, 3, 14);
        configured.put(patientId, new RecordAccess(patientId, level, from, ownAccountFrom, born));
        practiceOf.putIfAbsent(patientId, PRACTICE);
    }

    @Override
    public Optional<CurrentCitizen> currentCitizen() {
        return Optional.ofNullable(citizen);
    }

    @Override
    public boolean isAvailable(CitizenService service) {
        return citizen != null && available;
    }

    @Override
    public CurrentCitizen require(CitizenService service) {
        if (!isAvailable(service)) {
            audit.add(new Audited(citizen == null ? null : citizen.actingFor().patientId(), "DENIED", service.key()));
            throw new ServiceNotAvailableException(service, service.key() + " is not available.");
        }
        return citizen;
    }

    @Override
    public Optional<CurrentStaff> currentStaff() {
        return Optional.ofNullable(staff);
    }

    @Override
    public CurrentStaff requireStaff(Role role) {
        if (staff == null || !staff.has(role)) {
            throw new SecurityException("Your role does not allow this.");
        }
        return staff;
    }

    @Override
    public Optional<String> practiceSetting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    @Override
    public void audit(String action, String detail) {
        audit.add(new Audited(citizen == null ? null : citizen.actingFor().patientId(), action, detail));
    }

    @Override
    public void auditPatient(long patientId, String action, String detail) {
        audit.add(new Audited(patientId, action, detail));
    }

    @Override
    public Map<Long, PracticePatient> practicePatients(Collection<Long> patientIds) {
        Map<Long, PracticePatient> found = new HashMap<>();
        for (long id : patientIds) {
            if (staff != null && staff.odsCode().equals(practiceOf.get(id))) {
                found.put(id, new PracticePatient(id, "Patient " + id, "9990000018", LocalDate.of(1985, 3, 14), true));
            }
        }
        return found;
    }

    @Override
    public Optional<PracticePatient> findPracticePatient(String nhsNumber) {
        return Optional.empty();
    }

    @Override
    public RecordAccess recordAccess() {
        CurrentCitizen current = require(CitizenService.RECORD);
        return configured.get(current.actingFor().patientId());
    }

    @Override
    public RecordAccess recordAccessOf(long patientId) {
        if (practicePatients(List.of(patientId)).isEmpty()) {
            throw new SecurityException("Not a patient of this practice.");
        }
        return configured.get(patientId);
    }

    @Override
    public Optional<String> notifyCitizen(String accountId, String text) {
        if (staff == null) {
            throw new SecurityException("Sign in as practice staff.");
        }
        return Optional.of("TEST");
    }

    /** A notice for a patient, as {@link #notifyPatient} queued it. */
    public record PatientNotice(long patientId, CitizenService service, String text, boolean patientOnly) {

        public PatientNotice(long patientId, CitizenService service, String text) {
            this(patientId, service, text, false);
        }
    }

    /** Every notice for a patient, in order; each tells one account (the patient's own, in these tests). */
    public final List<PatientNotice> patientNotices = new ArrayList<>();

    @Override
    public int notifyPatient(long patientId, CitizenService service, String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            throw new IllegalArgumentException("A notification is a short notice of at most 200 characters.");
        }
        patientNotices.add(new PatientNotice(patientId, service, text));
        return 1;
    }

    @Override
    public int notifyPatientOnly(long patientId, CitizenService service, String text) {
        notifyPatient(patientId, service, text);
        patientNotices.set(patientNotices.size() - 1, new PatientNotice(patientId, service, text, true));
        return 1;
    }

    @Override
    public RecordAccess configuredRecordAccess(long patientId) {
        return configured.get(patientId);
    }

    @Override
    public void setRecordAccess(long patientId, RecordAccessLevel level, LocalDate from) {
        if (staff == null || !staff.has(Role.CLINICIAN)) {
            throw new SecurityException("Your role does not allow this.");
        }
        if (practicePatients(List.of(patientId)).isEmpty()) {
            throw new SecurityException("Not a patient of this practice.");
        }
        if (level == null) {
            throw new IllegalArgumentException("Choose a record access level.");
        }
        RecordAccess before = configured.get(patientId);
        configured.put(patientId, before == null ? new RecordAccess(patientId, level, from)
                : new RecordAccess(patientId, level, from, before.ownAccountFrom(), before.dateOfBirth()));
    }
}
