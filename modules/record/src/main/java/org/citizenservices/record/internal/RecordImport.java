package org.citizenservices.record.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.ClinicalImport;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.UploadPolicy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * View Record's part of a practice's import ({@link FhirEntries}): one patient's entries in one transaction, each
 * found again by its source key, so a second import updates or leaves it and never adds a copy. Entries arrive as the
 * clinical system holds them, reviewed: restricted ones (confidentiality R or V) stay restricted, never shown online.
 */
public final class RecordImport implements ClinicalImport {

    static final String SYSTEM = "clinical system import";

    private final EntityManagerFactory factory;
    private final Clock clock;
    private final UploadPolicy uploads;
    private final ResultNotices notices;

    /**
     * @param uploads the host's check of a file, as for a practice user's upload ({@link RecordKeeping})
     * @param access  tells the patient when the import files a result they may see
     */
    public RecordImport(EntityManagerFactory factory, Clock clock, UploadPolicy uploads, ServiceAccess access) {
        this.factory = factory;
        this.clock = clock;
        this.uploads = uploads.withMaxFileBytes(RecordKeeping.MAX_DOCUMENT_BYTES);
        this.notices = new ResultNotices(factory, access, clock);
    }

    @Override
    public Set<String> resourceTypes() {
        Set<String> types = new java.util.HashSet<>(FhirEntries.TYPES);
        types.add(FhirDocuments.TYPE);
        return Set.copyOf(types);
    }

    @Override
    public List<ImportOutcome> store(String practiceOds, Long patientId, List<FhirResource> resources) {
        if (patientId == null) {
            throw new IllegalArgumentException("Record entries belong to a patient");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<RecordEntry> filed = new ArrayList<>();
        List<ImportOutcome> stored = UnitsOfWork.write(factory, em -> {
            filed.clear();
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (FhirResource resource : resources) {
                if (FhirDocuments.TYPE.equals(resource.resourceType())) {
                    outcomes.add(new ImportedDocuments(em, practiceOds, patientId, now)
                            .store(resource, source(practiceOds, resource), uploads));
                    continue;
                }
                outcomes.add(storeEntry(em, practiceOds, patientId, resource, now, filed));
            }
            return outcomes;
        });
        // ids are the database's, known once the transaction has committed
        notices.filed(patientId, filed.stream().map(RecordEntry::id).toList());
        return stored;
    }

    /** {@code filed} gains each result this import files. */
    private static ImportOutcome storeEntry(jakarta.persistence.EntityManager em, String practiceOds, long patientId,
                                            FhirResource resource, LocalDateTime now, List<RecordEntry> filed) {
        RecordEntry existing = existing(em, practiceOds, patientId, resource);
        if (existing != null && !FhirEntries.sameKind(existing.type(), resource.resourceType())) {
            return ImportOutcome.rejected(resource, "Its identifier belongs to an entry imported before from another "
                    + "kind of resource (" + existing.type() + "); it is left as it is.");
        }
        if (FhirEntries.enteredInError(resource)) {
            return withdraw(resource, existing);
        }
        NewEntry entry;
        Boolean files;
        try {
            entry = FhirEntries.entry(resource, source(practiceOds, resource));
            files = entry.type().section() == RecordSection.TEST_RESULTS ? FhirEntries.filed(resource) : null;
        } catch (IllegalArgumentException unusable) {
            return ImportOutcome.rejected(resource, unusable.getMessage());
        }
        if (existing == null) {
            RecordEntry created = RecordEntry.imported(practiceOds, patientId, resource.sourceKey(), entry, now);
            // what the practice's system holds counts as reviewed here; a result still shows only once filed (below)
            created.review(now, SYSTEM);
            if (Boolean.TRUE.equals(files)) {
                created.file(now, SYSTEM);
                filed.add(created);
            }
            em.persist(created);
            return ImportOutcome.of(resource, ImportOutcome.Kind.CREATED);
        }
        boolean changed = existing.updateFrom(entry);
        if (Boolean.TRUE.equals(files) && existing.filedAt() == null) {
            existing.file(now, SYSTEM);
            filed.add(existing);
            changed = true;
        } else if (Boolean.FALSE.equals(files) && changed && existing.filedAt() != null) {
            // a new version nobody has filed yet; the same version sent again leaves a clinician's filing here alone
            existing.file(null, SYSTEM);
        }
        return ImportOutcome.of(resource, changed ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.UNCHANGED);
    }

    /**
     * A resource the clinical system marks entered-in-error is taken out of online view, not deleted: the practice's
     * record of what the patient may have seen stays. It is restricted and no longer counts as reviewed, so lifting
     * the restriction alone does not show it again.
     */
    static ImportOutcome withdraw(FhirResource resource, RecordEntry existing) {
        if (existing == null) {
            return ImportOutcome.rejected(resource, "Marked entered-in-error and never imported: nothing stored.");
        }
        boolean changed = !existing.restricted() || existing.reviewedAt() != null;
        existing.restrict(true);
        existing.unreview();
        return ImportOutcome.of(resource, changed ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.UNCHANGED);
    }

    /** The entry imported before from the same resource, found by its source key. */
    static RecordEntry existing(jakarta.persistence.EntityManager em, String practiceOds, long patientId,
                                FhirResource resource) {
        return em.createQuery("select e from RecordEntry e where e.patientId = :patient"
                        + " and e.practiceOds = :ods and e.sourceKey = :key", RecordEntry.class)
                .setParameter("patient", patientId).setParameter("ods", practiceOds)
                .setParameter("key", resource.sourceKey()).getResultStream().findFirst().orElse(null);
    }

    private static Source source(String practiceOds, FhirResource resource) {
        String user = resource.text("recorder", "display").or(() -> resource.text("asserter", "display"))
                .or(() -> resource.text("performer", 0, "display"))
                .or(() -> resource.text("participant", 0, "individual", "display")).orElse("Practice clinician");
        return new Source("GP practice " + practiceOds, SYSTEM, user.length() > 120 ? user.substring(0, 120) : user,
                "Clinician");
    }
}
