package org.citizenservices.appointments.internal;

import org.citizenservices.spi.ClinicalImport;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The appointment book's part of a practice's import: Practitioner and Location as its clinicians and rooms,
 * Schedule as whose slots they are, and each free Slot as a slot patients can book ({@link ImportedBook}). One
 * transaction through the book's own path, so the free-slot cache of every node sees the change at once.
 */
public final class BookImport implements ClinicalImport {

    /** Stored in this order whatever the bundle's: a slot needs its schedule, a schedule its clinician and room. */
    static final List<String> ORDER = List.of("Practitioner", "Location", "Schedule", "Slot");

    private final BookTransactions transactions;
    private final Clock practiceClock;

    BookImport(BookTransactions transactions, Clock practiceClock) {
        this.transactions = transactions;
        this.practiceClock = practiceClock;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.copyOf(ORDER);
    }

    @Override
    public List<ImportOutcome> store(String practiceOds, Long patientId, List<FhirResource> resources) {
        if (patientId != null) {
            return resources.stream().map(r -> ImportOutcome.rejected(r, "A " + r.resourceType()
                    + " belongs to the practice's book, not to a patient.")).toList();
        }
        LocalDateTime now = LocalDateTime.now(practiceClock);
        return transactions.write(em -> new ImportedBook(em, practiceOds, resources, now).store());
    }
}
