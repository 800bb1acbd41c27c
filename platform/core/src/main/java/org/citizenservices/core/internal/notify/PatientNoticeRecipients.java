package org.citizenservices.core.internal.notify;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.access.ServiceAvailability;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.internal.vua.PatientAssociation;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Who is told when something new reaches a patient through a service: every account that could use that service for
 * the patient today — the patient's own and each proxy's — decided by the same rule as a page or an API call
 * ({@link ServiceAvailability}): an ACTIVE account, a live association that registers the service, the practice (not
 * suspended) and the patient's switch on. A proxy whose association does not register the service is never told.
 */
final class PatientNoticeRecipients {

    private PatientNoticeRecipients() {
    }

    /** The accounts' ids, each once; with {@code ownAccountOnly}, only the patient's own account (no proxy's). */
    static List<String> accounts(EntityManager em, Patient patient, CitizenService service, LocalDate today,
                                 boolean ownAccountOnly) {
        long practiceId = patient.practice().id();
        Set<CitizenService> practiceOn = patient.practice().suspended() ? Set.of()
                : PracticeServicesService.enabledFor(em, practiceId);
        var patientRow = PracticeServicesService.latest(em, practiceId, patient.id()).get(service);
        Set<CitizenService> patientOn = patientRow == null || patientRow.enabled() ? Set.of(service) : Set.of();
        return em.createQuery("select a from PatientAssociation a where a.patient = :patient and a.endDate is null"
                        + " order by a.id", PatientAssociation.class)
                .setParameter("patient", patient).getResultStream()
                .filter(a -> a.isLiveOn(today))
                .filter(a -> !ownAccountOnly || a.type() == org.citizenservices.core.api.vua.AssociationType.SELF)
                .filter(a -> ServiceAvailability.decide(new ServiceAvailability.Facts(service, a.vua().status(),
                        a.type(), true, a.services(), Set.of(service), practiceOn, patientOn)).isEmpty())
                .map(a -> a.vua().accountId().value())
                .distinct()
                .toList();
    }
}
