package org.citizenservices.record.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A clinician's review of what a patient sees online: elements restricted from View Record, documents reviewed (and
 * annotated), the date back to which the record was reviewed, and the record viewed as the patient would see it at a
 * level. Every operation asks the host's {@code requireStaff(CLINICIAN)} and stays inside the clinician's practice;
 * each change and each view as the patient is audited against the patient.
 */
public final class RecordReview {

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;
    private final ProspectiveAccess newEntries;

    public RecordReview(EntityManagerFactory factory, ServiceAccess access, Clock clock, ProspectiveAccess newEntries) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
        this.newEntries = newEntries;
    }

    /** With new-entry access by the practice's setting: for tests. */
    public RecordReview(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this(factory, access, clock, new ProspectiveAccess(factory, access, clock));
    }

    /**
     * What the patient themself would see online at {@code level}: their own start date, the practice's review and
     * their new-entry access kept (a proxy sees the same without the new entries).
     */
    public RecordPage viewAs(long patientId, RecordAccessLevel level, RecordSection section, RecordSort sort,
                             int offset, int limit) {
        CurrentStaff staff = PracticeClinician.of(access, patientId);
        RecordAccess configured = access.recordAccessOf(patientId);
        RecordAccess asIf = new RecordAccess(patientId, level, configured.from(), configured.ownAccountFrom(),
                configured.dateOfBirth());
        ProspectiveAccess.Reading reading = newEntries.reading(true, staff.odsCode());
        RecordPage page = UnitsOfWork.read(factory, em -> RecordPages.page(em, staff.odsCode(), asIf,
                RecordPages.viewer(em, asIf, reading), section, sort, offset, limit));
        access.auditPatient(patientId, "RECORD_VIEWED_AS_PATIENT", level + " " + (section == null ? "ALL" : section));
        return page;
    }

    /** The patient's View Record configuration, for the practice's pages. */
    public RecordAccess configuredAccess(long patientId) {
        PracticeClinician.of(access, patientId);
        return access.recordAccessOf(patientId);
    }

    /**
     * A clinician withholds an element from the patient online: restricted from View Record (never shown, by any rule,
     * to the patient or a proxy), with the reason recorded for the practice.
     */
    public void restrict(long entryId, String reason) {
        String why = Texts.required(reason, EntryRestriction.MAX_REASON, "The reason");
        long patientId = change(entryId, (em, entry, staff) -> {
            entry.restrict(true);
            EntryRestriction before = em.find(EntryRestriction.class, entryId);
            if (before != null) {
                em.remove(before);
                em.flush();
            }
            em.persist(new EntryRestriction(entryId, why, now(), staff.displayName()));
        });
        access.auditPatient(patientId, "RECORD_ENTRY_RESTRICTED", "entry " + entryId);
    }

    /** Lifts a restriction, whoever made it (the clinical system or a clinician), and its reason with it. */
    public void liftRestriction(long entryId) {
        long patientId = change(entryId, (em, entry, staff) -> {
            entry.restrict(false);
            EntryRestriction reason = em.find(EntryRestriction.class, entryId);
            if (reason != null) {
                em.remove(reason);
            }
        });
        access.auditPatient(patientId, "RECORD_ENTRY_UNRESTRICTED", "entry " + entryId);
    }

    /** Why each restricted entry of the patient was restricted, by entry id, for the practice's page. */
    public java.util.Map<Long, String> restrictions(long patientId) {
        PracticeClinician.of(access, patientId);
        return UnitsOfWork.read(factory, em -> em.createQuery("select r from EntryRestriction r, RecordEntry e"
                        + " where e.id = r.entryId and e.patientId = :patient", EntryRestriction.class)
                .setParameter("patient", patientId).getResultStream()
                .collect(java.util.stream.Collectors.toMap(EntryRestriction::entryId, EntryRestriction::described)));
    }

    /** A clinician's review: a document becomes visible online; older data shows despite the level's start date. */
    public void setReviewed(long entryId, boolean reviewed) {
        long patientId = change(entryId, (em, entry, staff) -> {
            if (reviewed) {
                entry.review(now(), staff.displayName());
            } else {
                entry.unreview();
            }
        });
        access.auditPatient(patientId, reviewed ? "RECORD_ENTRY_REVIEWED" : "RECORD_ENTRY_UNREVIEWED",
                "entry " + entryId);
    }

    /**
     * A clinician files a test result: from now on it shows online (at a level that shows results). Filing is not
     * taken back here; a result shown by mistake is restricted.
     */
    public void fileResult(long entryId) {
        boolean[] filed = {false};
        long patientId = change(entryId, (em, entry, staff) -> {
            if (entry.section() != RecordSection.TEST_RESULTS) {
                throw new IllegalArgumentException("Only a test result is filed.");
            }
            if (entry.filedAt() == null) {
                entry.file(now(), staff.displayName());
                filed[0] = true;
            }
        });
        // a second click on a result already filed changes nothing, so records nothing
        if (filed[0]) {
            access.auditPatient(patientId, "RECORD_RESULT_FILED", "entry " + entryId);
            new ResultNotices(factory, access, clock).filed(patientId, List.of(entryId));
        }
    }

    public void annotate(long entryId, String annotation) {
        String text = Texts.optional(annotation, 2000, "The annotation");
        long patientId = change(entryId, (em, entry, staff) -> entry.annotate(text));
        access.auditPatient(patientId, "RECORD_ENTRY_ANNOTATED", "entry " + entryId);
    }

    /** The date back to which a clinician has reviewed this patient's record; {@code null} clears it. */
    public void setReviewedBackTo(long patientId, LocalDate date) {
        CurrentStaff staff = PracticeClinician.of(access, patientId);
        if (date != null && date.isAfter(now().toLocalDate())) {
            throw new IllegalArgumentException("A review date cannot be in the future.");
        }
        UnitsOfWork.write(factory, em -> {
            PatientRecord record = em.find(PatientRecord.class, patientId);
            if (record == null) {
                record = new PatientRecord(patientId, staff.odsCode());
                em.persist(record);
            }
            record.reviewBackTo(date, now(), staff.displayName());
            return record;
        });
        access.auditPatient(patientId, "RECORD_REVIEWED_BACK_TO", date == null ? "cleared" : date.toString());
    }

    public Optional<LocalDate> reviewedBackTo(long patientId) {
        PracticeClinician.of(access, patientId);
        return Optional.ofNullable(UnitsOfWork.read(factory, em -> {
            PatientRecord record = em.find(PatientRecord.class, patientId);
            return record == null ? null : record.reviewedBackTo();
        }));
    }

    private interface Change {
        void apply(jakarta.persistence.EntityManager em, RecordEntry entry, CurrentStaff staff);
    }

    /** Changes one entry of a patient of the clinician's practice; returns the patient's id for the audit. */
    private long change(long entryId, Change change) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        return UnitsOfWork.write(factory, em -> {
            RecordEntry entry = em.find(RecordEntry.class, entryId);
            if (entry == null || !entry.practiceOds().equals(staff.odsCode())) {
                throw new RecordRefused(RecordRefused.Reason.NOT_FOUND, "There is no such entry.");
            }
            change.apply(em, entry, staff);
            return entry.patientId();
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
