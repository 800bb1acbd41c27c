package org.citizenservices.core.internal.operator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.core.api.vua.NhsLoginAccounts;
import org.citizenservices.core.api.vua.NhsLoginRefused;
import org.citizenservices.core.api.vua.NhsLoginRefused.Reason;
import org.citizenservices.core.api.vua.NhsLoginUser;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.PracticeDefaults;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.core.internal.vua.AccountLinkage;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.spi.RecordAccessLevel;

import java.util.Comparator;
import java.util.List;

/**
 * NL01 in one transaction: the patient registered here with the NHS number NHS login proved, the account of their
 * own association (or a new one with the practice's defaults), the "NHS login P9" verification once, and a live
 * NHS login linkage. Nobody at the practice acts: the rows are the system's act on NHS login's word, and the
 * sign-in is the citizen's.
 */
public final class NhsLoginAccountsService extends CoreService implements NhsLoginAccounts {

    private final AccountServices services;
    private final org.citizenservices.core.internal.vua.VuaHistory history;

    public NhsLoginAccountsService(CoreContext context, AccountServices services) {
        super(context);
        this.services = services;
        this.history = new org.citizenservices.core.internal.vua.VuaHistory(clock);
    }

    @Override
    public SignedInCitizen signIn(NhsLoginUser user, String through) {
        String channel = through == null || through.isBlank() ? PORTAL : through.strip();
        if (!user.provedHigh()) {
            refused("NHS login " + user.proofingLevel() + ": P9 needed", channel);
            throw new NhsLoginRefused(Reason.NOT_PROVED_HIGH, "NHS login has checked who you are, but not yet to the "
                    + "level your GP services need (P9, which includes a check of photo ID).");
        }
        try {
            SignedInCitizen citizen = transactions.write(em -> open(em, user, channel));
            audit.entry(citizen.actor(), AuditAction.CITIZEN_SIGN_IN).account(citizen.accountId())
                    .detail("NHS login P9").now(Outcome.SUCCESS);
            return citizen;
        } catch (NhsLoginRefused refusal) {
            refused("NHS login P9: " + refusal.reason(), channel);
            throw refusal;
        }
    }

    private SignedInCitizen open(EntityManager em, NhsLoginUser user, String channel) {
        Patient patient = registered(em, user);
        // the patient's row first: two first sign-ins at once (the portal and the NHS App) make one account
        em.lock(patient, LockModeType.PESSIMISTIC_WRITE);
        Actor system = new Actor("NHS login", ActingAs.SYSTEM, patient.practice().id(), "NHS login");
        Vua vua = OwnAccounts.find(em, patient);
        if (vua == null) {
            vua = newAccount(em, patient, system);
        } else if (vua.suspended()) {
            throw new NhsLoginRefused(Reason.SUSPENDED, "Your practice has paused your online account. Contact "
                    + patient.practice().name() + ".");
        }
        if (!provedByNhsLogin(em, vua)) {
            services.verifications().verifyIdentity(em, vua, new IdentityCheck(Times.today(clock),
                    VerificationMethod.NHS_LOGIN, null, null, "NHS login P9", null), system);
        }
        Vua account = vua;
        AccountLinkage linkage = AccountLinkage.liveOfKind(em, account, LinkageKind.NHS_LOGIN).orElseGet(() -> {
            AccountLinkage created = AccountLinkage.nhsLogin(em, account, Times.now(clock));
            history.record(em, account, org.citizenservices.core.api.vua.HistoryKind.LINKAGE,
                    "Online account opened with NHS login (P9)", system);
            return created;
        });
        services.statusRule().apply(em, account, system, "NHS login P9");
        return new SignedInCitizen(account.id(), account.accountId().value(), account.practice().id(),
                linkage.id(), account.displayName(), LinkageKind.NHS_LOGIN, channel);
    }

    /** The patient registered here under that NHS number; the latest registration if two practices hold it. */
    private static Patient registered(EntityManager em, NhsLoginUser user) {
        List<Patient> found = em.createQuery("select p from Patient p where p.nhsNumber = :nhs", Patient.class)
                .setParameter("nhs", user.nhsNumber().value()).getResultList().stream()
                .filter(Patient::isRegistered).filter(p -> !p.practice().suspended())
                .sorted(Comparator.comparing(Patient::statusChangedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .toList();
        if (found.isEmpty()) {
            throw new NhsLoginRefused(Reason.NOT_REGISTERED_HERE, "Your NHS number is not registered at a GP "
                    + "practice that uses this service.");
        }
        Patient patient = found.get(0);
        if (user.birthDate() != null && !user.birthDate().equals(patient.dateOfBirth())) {
            // the same NHS number with another birth date: a record to check, never one to open
            throw new NhsLoginRefused(Reason.DETAILS_DIFFER, "Your details at NHS login and at your GP practice "
                    + "do not match. Contact " + patient.practice().name() + " so they can check your record.");
        }
        return patient;
    }

    private Vua newAccount(EntityManager em, Patient patient, Actor system) {
        Vua vua = OwnAccounts.open(em, services, patient, Times.today(clock), system);
        RecordAccessLevel level = PracticeDefaults.recordLevel(patient.practice());
        if (level != patient.recordAccessLevel()) {
            patient.recordAccess(level, null);
            audit.entry(system, AuditAction.RECORD_ACCESS_CHANGED).patient(patient.id()).detail(level.name())
                    .in(em, Outcome.SUCCESS);
            services.patientAccess().noteServiceAccessChange(em, patient, "Record access level " + level.name(),
                    system);
        }
        return vua;
    }

    private static boolean provedByNhsLogin(EntityManager em, Vua vua) {
        return em.createQuery("select count(v) from IdentityVerification v where v.vua = :vua and v.method = :method",
                        Long.class).setParameter("vua", vua).setParameter("method", VerificationMethod.NHS_LOGIN)
                .getSingleResult() > 0;
    }

    /** Refusals name no NHS number: a number not registered here is someone this installation must not record. */
    private void refused(String detail, String channel) {
        Actor unknown = new Actor("NHS login user", ActingAs.CITIZEN, null, "NHS login: " + channel);
        audit.entry(unknown, AuditAction.CITIZEN_SIGN_IN).detail(detail).now(Outcome.DENIED);
    }
}
