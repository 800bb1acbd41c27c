package org.citizenservices.core.internal.vua;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.spi.Formats;

import java.time.LocalDate;
import java.util.List;

/**
 * The days of a proxy's access that nobody should have to remember: {@value #NOTICE_DAYS} days before a time-limited
 * proxy's last day, and before the patient's 11th and 16th birthdays (when the access is reviewed), the proxy and the
 * patient — when they have an account of their own — are told, once each; the day after its last day the association
 * ends, in each account's history and audited as the system's. Run by {@link AccountStatusSweep}; each association is
 * locked and its notice day kept, so nodes sweeping together tell people once.
 */
public final class ProxyAccessDates extends AccountService {

    static final int NOTICE_DAYS = 14;

    /** Queues a notice in the caller's transaction: it is sent only if that transaction commits. */
    @FunctionalInterface
    public interface Notices {
        void enqueue(EntityManager em, long practiceId, String accountId, String notice);
    }

    private final Notices notices;

    public ProxyAccessDates(CoreContext context, AccountStatusRule statusRule, Notices notices) {
        super(context, statusRule);
        this.notices = notices;
    }

    /** Ends what has run out and queues what is due; how many associations it changed. */
    public int run() {
        LocalDate today = Times.today(clock);
        int changed = 0;
        for (long id : candidates(today)) {
            changed += transactions.write(em -> {
                PatientAssociation association = em.find(PatientAssociation.class, id,
                        LockModeType.PESSIMISTIC_WRITE);
                if (association == null || association.endDate() != null) {
                    return 0;
                }
                return ending(em, association, today) + review(em, association, today) > 0 ? 1 : 0;
            });
        }
        return changed;
    }

    private int ending(EntityManager em, PatientAssociation association, LocalDate today) {
        LocalDate lastDay = association.accessUntil();
        if (lastDay == null) {
            return 0;
        }
        if (today.isAfter(lastDay)) {
            end(em, association, lastDay);
            return 1;
        }
        if (association.endingNoticeOn() != null || today.isBefore(lastDay.minusDays(NOTICE_DAYS))
                || !association.isLiveOn(today)) {
            return 0;
        }
        Patient patient = association.patient();
        String practice = patient.practice().name();
        tell(em, association.vua(), "Your access to act for " + patient.displayName() + " at " + practice
                + " ends after " + Formats.date(lastDay) + ". If you still need it, ask the practice.");
        ownAccount(em, patient, today).ifPresent(own -> tell(em, own, association.vua().displayName()
                + "'s access to act for you at " + practice + " ends after " + Formats.date(lastDay) + "."));
        association.endingNoticeQueued(today);
        return 1;
    }

    private int review(EntityManager em, PatientAssociation association, LocalDate today) {
        if (!association.isLiveOn(today)) {
            return 0;
        }
        for (LocalDate birthday : association.reviewBirthdays()) {
            LocalDate noticeDay = birthday.minusDays(NOTICE_DAYS);
            boolean toldAlready = association.reviewNoticeOn() != null
                    && !association.reviewNoticeOn().isBefore(noticeDay);
            if (!today.isBefore(noticeDay) && !today.isAfter(birthday) && !toldAlready) {
                Patient patient = association.patient();
                int age = birthday.getYear() - patient.dateOfBirth().getYear();
                String practice = patient.practice().name();
                tell(em, association.vua(), practice + " will review your access to act for "
                        + patient.displayName() + " when they turn " + age + " on " + Formats.date(birthday) + ".");
                ownAccount(em, patient, today).ifPresent(own -> tell(em, own, practice + " will review who can act"
                        + " for you online when you turn " + age + " on " + Formats.date(birthday) + "."));
                association.reviewNoticeQueued(today);
                return 1;
            }
        }
        return 0;
    }

    private void end(EntityManager em, PatientAssociation association, LocalDate lastDay) {
        String why = "time-limited access ended after " + Formats.date(lastDay);
        association.end(lastDay.plusDays(1), why);
        Vua vua = association.vua();
        Actor system = Actor.system(vua.practice().id());
        history.record(em, vua, HistoryKind.PATIENT_ASSOCIATION, association.type() + " association with "
                + association.patient().displayName() + " ended: " + why, system);
        audit.entry(system, AuditAction.ASSOCIATION_ENDED).patient(association.patient().id())
                .account(vua.accountId().value()).detail(association.type().name()).in(em, Outcome.SUCCESS);
        em.flush();
        statusRule.apply(em, vua, system, "time-limited proxy access ended");
    }

    private void tell(EntityManager em, Vua account, String notice) {
        tell(notices, em, account, notice);
    }

    /** A notice to an active account, cut to the outbox's 200 characters; one no longer active is not told. */
    static void tell(Notices notices, EntityManager em, Vua account, String notice) {
        if (account.status() == VuaStatus.ACTIVE) {
            notices.enqueue(em, account.practice().id(), account.accountId().value(),
                    notice.length() <= 200 ? notice : notice.substring(0, 199) + "…");
        }
    }

    /** The patient's own account (their live SELF association), if they have one. */
    static java.util.Optional<Vua> ownAccount(EntityManager em, Patient patient, LocalDate today) {
        return PatientAccess.liveAssociationsFor(em, patient, today).stream()
                .filter(a -> a.type() == AssociationType.SELF && a.isLiveOn(today))
                .map(PatientAssociation::vua).findFirst();
    }

    /**
     * Live proxy associations whose last day is near or past, or whose patient has an 11th or 16th birthday within
     * the notice days; a superset is harmless (each is decided again under its lock).
     */
    private List<Long> candidates(LocalDate today) {
        LocalDate soon = today.plusDays(NOTICE_DAYS);
        return transactions.read(em -> em.createQuery("select a.id from PatientAssociation a where"
                        + " a.associationType = :proxy and a.endDate is null and ((a.accessUntil is not null"
                        + " and a.accessUntil <= :soon) or (a.patient.dateOfBirth between :from11 and :to11)"
                        + " or (a.patient.dateOfBirth between :from16 and :to16))", Long.class)
                .setParameter("proxy", AssociationType.PROXY).setParameter("soon", soon)
                .setParameter("from11", today.minusYears(PatientAssociation.REVIEW_AGE))
                .setParameter("to11", soon.minusYears(PatientAssociation.REVIEW_AGE))
                .setParameter("from16", today.minusYears(PatientAssociation.CAPACITY_AGE))
                .setParameter("to16", soon.minusYears(PatientAssociation.CAPACITY_AGE)).getResultList());
    }
}
