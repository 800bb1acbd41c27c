package org.citizenservices.core.internal.operator;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.ContactPreference;
import org.citizenservices.core.api.vua.NewAccount;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.vua.PatientAssociation;
import org.citizenservices.core.internal.vua.Vua;

import java.time.LocalDate;

/**
 * A patient's own account, as the letter run and NHS login both find or open it: the account holding the patient's
 * live SELF association, or a new one made from the practice's record of them with that association.
 */
final class OwnAccounts {

    private OwnAccounts() {
    }

    /** The account holding the patient's own live association, if they have one. */
    static Vua find(EntityManager em, Patient patient) {
        return em.createQuery("select a from PatientAssociation a where a.patient = :patient", PatientAssociation.class)
                .setParameter("patient", patient).getResultStream()
                .filter(a -> a.type() == AssociationType.SELF && a.endDate() == null)
                .map(PatientAssociation::vua).findFirst().orElse(null);
    }

    /** A new account for the patient, contacted as the practice's record allows, with their own association. */
    static Vua open(EntityManager em, AccountServices services, Patient patient, LocalDate today, Actor actor) {
        ContactPreference preference = patient.contact().email() != null ? ContactPreference.EMAIL
                : patient.contact().telephone() != null ? ContactPreference.SMS : ContactPreference.POST;
        Vua vua = services.accounts().create(em, patient.practice(), services.accounts().newAccountId(em),
                new NewAccount(patient.name(), patient.dateOfBirth(), patient.contact(), preference), actor);
        services.associations().associate(em, vua, patient, AssociationRequest.self(today), actor);
        return vua;
    }
}
