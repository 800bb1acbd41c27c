package org.citizenservices.record.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;

import java.util.Collection;
import java.util.List;

/**
 * Tells the patient, and the proxies who use View Record for them, that a filed result is there to see — once per
 * filing, however many results it filed, only when the patient's configured access shows at least one of them (a
 * level without results, a result dated before the start date, a restricted one: nothing to see, so no notice), and
 * never what the result is: the e-mail or text says only that something is new. A result shown only by the patient's
 * new-entry access ({@link ProspectiveAccess}) is told to the patient alone: proxies do not have that access.
 */
final class ResultNotices {

    static final String NOTICE = "A new test result is in your GP record online. Sign in to see it.";

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final ProspectiveAccess newEntries;

    ResultNotices(EntityManagerFactory factory, ServiceAccess access, java.time.Clock clock) {
        this.factory = factory;
        this.access = access;
        this.newEntries = new ProspectiveAccess(factory, access, clock);
    }

    /** After the filing has committed: the notice is not part of it, and a filing rolled back tells nobody. */
    void filed(long patientId, Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return;
        }
        RecordAccess configured = access.configuredRecordAccess(patientId);
        if (configured == null) {
            return;
        }
        List<RecordEntry> entries = UnitsOfWork.read(factory, em -> entryIds.stream()
                .map(id -> em.find(RecordEntry.class, id))
                .filter(entry -> entry != null && entry.patientId() == patientId).toList());
        if (entries.isEmpty()) {
            return;
        }
        ProspectiveAccess.Reading asProxy = new ProspectiveAccess.Reading(false, null, null);
        if (shownTo(configured, asProxy, entries)) {
            access.notifyPatient(patientId, CitizenService.RECORD, NOTICE);
        } else if (shownTo(configured, newEntries.patientReadingAsNoted(entries.get(0).practiceOds()), entries)) {
            access.notifyPatientOnly(patientId, CitizenService.RECORD, NOTICE);
        }
    }

    private boolean shownTo(RecordAccess configured, ProspectiveAccess.Reading reading, List<RecordEntry> entries) {
        return UnitsOfWork.read(factory, em -> {
            Viewer reader = RecordPages.viewer(em, configured, reading);
            return entries.stream().anyMatch(entry -> ViewRecordPolicy.shows(reader, entry));
        });
    }
}
