package org.citizenservices.record.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;

import java.util.Collection;

/**
 * Tells the patient, and the proxies who use View Record for them, that a filed result is there to see — once per
 * filing, however many results it filed, only when the patient's configured access shows at least one of them (a
 * level without results, a result dated before the start date, a restricted one: nothing to see, so no notice), and
 * never what the result is: the e-mail or text says only that something is new.
 */
final class ResultNotices {

    static final String NOTICE = "A new test result is in your GP record online. Sign in to see it.";

    private final EntityManagerFactory factory;
    private final ServiceAccess access;

    ResultNotices(EntityManagerFactory factory, ServiceAccess access) {
        this.factory = factory;
        this.access = access;
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
        boolean shown = UnitsOfWork.read(factory, em -> {
            Viewer patient = RecordPages.viewer(em, configured);
            return entryIds.stream().map(id -> em.find(RecordEntry.class, id))
                    .anyMatch(entry -> entry != null && entry.patientId() == patientId
                            && ViewRecordPolicy.shows(patient, entry));
        });
        if (shown) {
            access.notifyPatient(patientId, CitizenService.RECORD, NOTICE);
        }
    }
}
