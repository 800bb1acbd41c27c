package org.citizenservices.record.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.UploadPolicy;
import org.citizenservices.spi.UploadRefused;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A clinician's keeping of a patient's record: everything in it, restricted and unreviewed included, and new
 * entries and documents. Every operation asks the host's {@code requireStaff(CLINICIAN)} and that the patient is of
 * the practice ({@link PracticeClinician}), and is audited against the patient.
 */
public final class RecordKeeping {

    /** The largest document the practice may store. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    /** What a document may be, read from its bytes by the host's upload check. */
    public static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "text/plain");

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;
    private final UploadPolicy uploads;

    /** {@code uploads} is the host's check, {@code context.uploads()}; a document may be 10 MiB whatever it says. */
    public RecordKeeping(EntityManagerFactory factory, ServiceAccess access, Clock clock, UploadPolicy uploads) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
        this.uploads = uploads.withMaxFileBytes(MAX_DOCUMENT_BYTES);
    }

    /** Everything in a patient's record, restricted and unreviewed included, for a clinician of the practice. */
    public List<RecordEntry> entries(long patientId, RecordSection section) {
        CurrentStaff staff = PracticeClinician.of(access, patientId);
        List<RecordEntry> entries = UnitsOfWork.read(factory, em -> em.createQuery("select e from RecordEntry e"
                        + " where e.patientId = :patient and e.practiceOds = :ods and e.section in :sections"
                        + " order by e.effectiveAt desc, e.id desc", RecordEntry.class)
                .setParameter("patient", patientId).setParameter("ods", staff.odsCode())
                .setParameter("sections", section == null ? List.of(RecordSection.values()) : List.of(section))
                .getResultList());
        access.auditPatient(patientId, "RECORD_VIEWED_BY_STAFF", section == null ? "ALL" : section.name());
        return entries;
    }

    public RecordEntry record(long patientId, NewEntry entry) {
        return record(patientId, entry, null);
    }

    /**
     * An entry a clinician records; with a {@code restrictionReason} (blank: none) it is restricted from View Record
     * as it is recorded, and the reason kept for the practice.
     */
    public RecordEntry record(long patientId, NewEntry asRecorded, String restrictionReason) {
        CurrentStaff staff = PracticeClinician.of(access, patientId);
        String why = Texts.optional(restrictionReason, EntryRestriction.MAX_REASON, "The reason for restricting it");
        NewEntry entry = why == null ? asRecorded : asRecorded.markedRestricted();
        if (entry.type().isDocument()) {
            throw new IllegalArgumentException("Add a document with its file.");
        }
        RecordEntry saved = UnitsOfWork.write(factory, em -> {
            checkProblem(em, patientId, entry.problemId());
            checkConsultation(em, patientId, entry.consultationId());
            LocalDateTime now = LocalDateTime.now(clock);
            RecordEntry stored = new RecordEntry(staff.odsCode(), patientId, entry, now, staff.displayName());
            if (entry.type().section() == RecordSection.TEST_RESULTS) {
                // a clinician recording a result here has seen it: it is filed as it is recorded
                stored.file(now, staff.displayName());
            }
            em.persist(stored);
            em.flush();
            if (why != null) {
                em.persist(new EntryRestriction(stored.id(), why, now, staff.displayName()));
            }
            return stored;
        });
        access.auditPatient(patientId, "RECORD_ENTRY_ADDED", saved.section() + " entry " + saved.id()
                + (saved.restricted() ? ", restricted" : ""));
        if (saved.filedAt() != null) {
            new ResultNotices(factory, access, clock).filed(patientId, List.of(saved.id()));
        }
        return saved;
    }

    /** A document with its file; it stays invisible online until a clinician reviews it. */
    public RecordEntry addDocument(long patientId, NewEntry entry, byte[] content) {
        CurrentStaff staff = PracticeClinician.of(access, patientId);
        if (!entry.type().isDocument()) {
            throw new IllegalArgumentException("Choose a clinical or administrative document type.");
        }
        if (content == null || content.length == 0 || content.length > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("A document is between 1 byte and 10 MiB.");
        }
        String contentType = documentType(content);
        RecordEntry saved = UnitsOfWork.write(factory, em -> {
            checkProblem(em, patientId, entry.problemId());
            RecordEntry stored = new RecordEntry(staff.odsCode(), patientId, entry, LocalDateTime.now(clock),
                    staff.displayName());
            stored.attach(contentType, content);
            em.persist(stored);
            em.flush();
            em.persist(new DocumentContent(stored.id(), content));
            return stored;
        });
        access.auditPatient(patientId, "RECORD_DOCUMENT_ADDED", "document " + saved.id());
        return saved;
    }

    /** The type read from the file itself by the host, never taken from the upload's word for it. */
    private String documentType(byte[] content) {
        try {
            return uploads.check(content, DOCUMENT_TYPES);
        } catch (UploadRefused refused) {
            throw new IllegalArgumentException("A document is a PDF, PNG, JPEG or plain text file.", refused);
        }
    }

    private static void checkProblem(EntityManager em, long patientId, Long problemId) {
        if (problemId == null) {
            return;
        }
        RecordEntry problem = em.find(RecordEntry.class, problemId);
        if (problem == null || problem.patientId() != patientId || problem.section() != RecordSection.PROBLEMS) {
            throw new IllegalArgumentException("Link the entry to one of this patient's problems.");
        }
    }

    private static void checkConsultation(EntityManager em, long patientId, Long consultationId) {
        if (consultationId == null) {
            return;
        }
        RecordEntry consultation = em.find(RecordEntry.class, consultationId);
        if (consultation == null || consultation.patientId() != patientId
                || consultation.type() != EntryType.CONSULTATION) {
            throw new IllegalArgumentException("Record the entry in one of this patient's consultations.");
        }
    }
}
