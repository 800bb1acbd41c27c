package org.citizenservices.record.internal;

import jakarta.persistence.EntityManager;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.UploadPolicy;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Stores one imported DocumentReference in the caller's transaction: a new document (reviewed, as the clinical system
 * filed it), or the same one again — updated when its details or its file changed (compared byte for byte), left as
 * it is when nothing did. A document the clinical system marks entered-in-error is taken out of online view
 * (restricted), not deleted: the practice's record of it stays.
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
        if (document.enteredInError()) {
            if (existing == null) {
                return ImportOutcome.rejected(resource, "Marked entered-in-error and never imported: nothing stored.");
            }
            boolean shown = !existing.restricted();
            existing.restrict(true);
            return ImportOutcome.of(resource, shown ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.UNCHANGED);
        }
        if (existing == null) {
            RecordEntry created = RecordEntry.imported(practiceOds, patientId, resource.sourceKey(), document.entry(),
                    now);
            created.review(now, RecordImport.SYSTEM);
            created.attach(document.contentType(), document.content().length);
            em.persist(created);
            em.flush();
            em.persist(new DocumentContent(created.id(), document.content()));
            return ImportOutcome.of(resource, ImportOutcome.Kind.CREATED);
        }
        boolean details = existing.updateFrom(document.entry());
        DocumentContent stored = em.find(DocumentContent.class, existing.id());
        boolean file = stored == null || !Arrays.equals(stored.content(), document.content());
        if (file) {
            if (stored != null) {
                em.remove(stored);
                em.flush();
            }
            em.persist(new DocumentContent(existing.id(), document.content()));
            existing.attach(document.contentType(), document.content().length);
        }
        return ImportOutcome.of(resource, details || file ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.UNCHANGED);
    }
}
