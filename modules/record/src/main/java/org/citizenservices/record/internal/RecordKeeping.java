package org.citizenservices.record.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A clinician's keeping of a patient's record: everything in it, restricted and unreviewed included, and new
 * entries and documents. Every operation asks the host's {@code requireStaff(CLINICIAN)} and that the patient is of
 * the practice ({@link PracticeClinician}), and is audited against the patient.
 */
public final class RecordKeeping {

    /** The largest document the practice may store. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public RecordKeeping(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
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
        CurrentStaff staff = PracticeClinician.of(access, patientId);
        if (entry.type().isDocument()) {
            throw new IllegalArgumentException("Add a document with its file.");
        }
        RecordEntry saved = UnitsOfWork.write(factory, em -> {
            checkProblem(em, patientId, entry.problemId());
            checkConsultation(em, patientId, entry.consultationId());
            RecordEntry stored = new RecordEntry(staff.odsCode(), patientId, entry, LocalDateTime.now(clock),
                    staff.displayName());
            em.persist(stored);
            em.flush();
            return stored;
        });
        access.auditPatient(patientId, "RECORD_ENTRY_ADDED", saved.section() + " entry " + saved.id()
                + (saved.restricted() ? ", restricted" : ""));
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
        // the type is read from the file itself, never taken from the upload's word for it
        String contentType = MediaTypes.sniff(content).orElseThrow(() -> new IllegalArgumentException(
                "A document is a PDF, PNG, JPEG or plain text file."));
        RecordEntry saved = UnitsOfWork.write(factory, em -> {
            checkProblem(em, patientId, entry.problemId());
            RecordEntry stored = new RecordEntry(staff.odsCode(), patientId, entry, LocalDateTime.now(clock),
                    staff.displayName());
            stored.attach(contentType, content.length);
            em.persist(stored);
            em.flush();
            em.persist(new DocumentContent(stored.id(), content));
            return stored;
        });
        access.auditPatient(patientId, "RECORD_DOCUMENT_ADDED", "document " + saved.id());
        return saved;
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
