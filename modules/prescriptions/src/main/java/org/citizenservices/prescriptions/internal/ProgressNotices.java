package org.citizenservices.prescriptions.internal;

import jakarta.persistence.EntityManager;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.ServiceAccess;

/**
 * What a request's progress tells people, whoever moved it (the practice's queue or its clinical system): the patient
 * and each proxy who orders for them get a short notice — never which medicine — after the change has committed; and
 * the pharmacy a step names is the patient's nominated one unless the step says otherwise.
 */
final class ProgressNotices {

    private static final int MOST = 200;

    private ProgressNotices() {
    }

    /** Tells the patient's people of the step, when it is one they are told of. */
    static void tell(ServiceAccess access, long patientId, RequestStatus reached, String pharmacy) {
        String notice = reached.notice();
        if (notice == null) {
            return;
        }
        if (reached == RequestStatus.READY_TO_COLLECT && pharmacy != null) {
            String named = "A prescription is ready to collect from " + pharmacy + ".";
            notice = named.length() <= MOST ? named : notice;
        }
        access.notifyPatient(patientId, CitizenService.PRESCRIPTIONS, notice);
    }

    /** The patient's nominated pharmacy as a step names it ("Boots, 12 High Street, LS1 1AA"), or null. */
    static String nominatedPharmacy(EntityManager em, long patientId) {
        Nomination nomination = em.find(Nomination.class, patientId);
        if (nomination == null) {
            return null;
        }
        Pharmacy pharmacy = em.find(Pharmacy.class, nomination.pharmacyOds());
        return pharmacy == null ? null : limit(pharmacy.label());
    }

    static String limit(String pharmacy) {
        return pharmacy == null || pharmacy.length() <= 120 ? pharmacy : pharmacy.substring(0, 119) + "…";
    }
}
