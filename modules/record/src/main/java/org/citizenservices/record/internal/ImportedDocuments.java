package org.citizenservices.record.internal;

import jakarta.persistence.EntityManager;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.UploadPolicy;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Stores one imported DocumentReference in the caller's transaction: a new document (reviewed, as the clinical system
 * filed it), or the same one again — updated when its details or its file changed (the file by its SHA-256, so the
 * stored one is not read back), left as it is when nothing did; one marked entered-in-error is withdrawn
 * ({@link RecordImport#withdraw}).
 */
final class ImportedDocuments {

    private final EntityManager em;
    private final String practiceOds;
    private final long patientId;
    private final LocalDateTime now;

    ImportedDocuments(EntityManager em, String practiceOds, long patientId, LocalDateTime now) {
        this.em = em;
        this.practiceOds = practiceOds;
        this.patientId = patientId;
        this.now = now;
    }

    ImportOutcome store(FhirResource resource, Source source, UploadPolicy uploads) {
        FhirDocuments.Document document;
        try {
            document = FhirDocuments.document(resource, source, uploads);
        } catch (IllegalArgumentException unusable) {
            return ImportOutcome.rejected(resource, unusable.getMessage());
        }
        RecordEntry existing = RecordImport.existing(em, practiceOds, patientId, resource);
        if (existing != null && !existing.type().isDocument()) {
            return ImportOutcome.rejected(resource, "Its identifier belongs to an entry imported before that is "
                    + "not a document (" + existing.type() + "); it is left as it is.");
        }
        if (document.enteredInError()) {
            return RecordImport.withdraw(resource, existing);
        }
        if (existing == null) {
            RecordEntry created = RecordEntry.imported(practiceOds, patientId, resource.sourceKey(), document.entry(),
                    now);
            created.review(now, RecordImport.SYSTEM);
            created.attach(document.contentType(), document.content());
            em.persist(created);
            em.flush();
            em.persist(new DocumentContent(created.id(), document.content()));
            return ImportOutcome.of(resource, ImportOutcome.Kind.CREATED);
        }
        boolean details = existing.updateFrom(document.entry());
        boolean file = !sameFile(existing, document.content());
        if (file) {
            replaceFile(existing.id(), document.content());
        }
        // also gives a document stored before V4 its hash, once its file has been compared
        existing.attach(document.contentType(), document.content());
        return ImportOutcome.of(resource, details || file ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.UNCHANGED);
    }

    private boolean sameFile(RecordEntry existing, byte[] content) {
        if (existing.contentSha256() != null) {
            return existing.contentSha256().equals(DocumentContent.sha256(content));
        }
        DocumentContent stored = em.find(DocumentContent.class, existing.id());
        return stored != null && Arrays.equals(stored.content(), content);
    }

    /** A bulk update, so the file it replaces is never read into memory. */
    private void replaceFile(long entryId, byte[] content) {
        int replaced = em.createQuery("update DocumentContent d set d.content = :content where d.entryId = :entry")
                .setParameter("content", content).setParameter("entry", entryId).executeUpdate();
        if (replaced == 0) {
            em.persist(new DocumentContent(entryId, content));
        }
    }
}
