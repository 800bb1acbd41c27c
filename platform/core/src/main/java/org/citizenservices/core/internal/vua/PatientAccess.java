package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.api.vua.HistoryKind;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.service.Times;

import java.time.LocalDate;
import java.util.List;

/**
 * What a change to a patient means for the accounts associated with them: ending their associations when they
 * leave or die (each account then follows the status rule), and noting service changes in each account's history.
 */
public final class PatientAccess extends AccountService
        implements org.citizenservices.core.internal.patient.AccessEffects {

    public PatientAccess(CoreContext context, AccountStatusRule statusRule) {
        super(context, statusRule);
    }

    static List<PatientAssociation> liveAssociationsFor(EntityManager em, Patient patient, LocalDate today) {
        return em.createQuery("select a from PatientAssociation a where a.patient = :patient and a.endDate is null",
                        PatientAssociation.class).setParameter("patient", patient).getResultList()
                .stream().filter(a -> !a.startDate().isAfter(today)
                        && (a.accessUntil() == null || !today.isAfter(a.accessUntil()))).toList();
    }

    @Override
    public LocalDate ownAccountStart(EntityManager em, Patient patient) {
        return ownAccountStart(em, patient, Times.today(clock));
    }

    /** The start of the patient's live self association on {@code today}, or {@code null}. */
    public static LocalDate ownAccountStart(EntityManager em, Patient patient, LocalDate today) {
        return liveAssociationsFor(em, patient, today).stream()
                .filter(a -> a.type() == org.citizenservices.core.api.vua.AssociationType.SELF && a.isLiveOn(today))
                .map(PatientAssociation::startDate).min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** Ends every open association for the patient today; each account loses its access to them. */
    @Override
    public void endAllFor(EntityManager em, Patient patient, String reason, Actor actor) {
        LocalDate today = Times.today(clock);
        List<PatientAssociation> open = em.createQuery(
                        "select a from PatientAssociation a where a.patient = :patient and a.endDate is null",
                        PatientAssociation.class).setParameter("patient", patient).getResultList();
        for (PatientAssociation association : open) {
            association.end(today, reason);
            Vua vua = association.vua();
            em.persist(new VuaHistoryEntry(vua.id(), Times.now(clock), HistoryKind.PATIENT_ASSOCIATION,
                    association.type() + " association with " + patient.displayName() + " ended: " + reason,
                    actor.label()));
            audit.entry(actor, AuditAction.ASSOCIATION_ENDED).patient(patient.id()).account(vua.accountId().value())
                    .detail(association.type().name()).in(em, Outcome.SUCCESS);
            em.flush();
            statusRule.apply(em, vua, Actor.system(vua.practice().id()),
                    "no live patient association after " + reason.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Notes a change of the patient's services or record access in the history of every account acting for them. */
    @Override
    public void noteServiceAccessChange(EntityManager em, Patient patient, String description, Actor actor) {
        for (PatientAssociation association : liveAssociationsFor(em, patient, Times.today(clock))) {
            em.persist(new VuaHistoryEntry(association.vua().id(), Times.now(clock), HistoryKind.SERVICE_ACCESS,
                    patient.displayName() + ": " + description, actor.label()));
        }
    }
}
