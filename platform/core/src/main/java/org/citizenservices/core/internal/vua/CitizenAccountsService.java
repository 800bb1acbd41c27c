package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.api.vua.CitizenAccounts;
import org.citizenservices.core.api.vua.AccountConditions;
import org.citizenservices.core.api.vua.AccessIdentity;
import org.citizenservices.core.api.vua.AccessIdentityRefused;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.core.api.apps.CitizenApps;
import org.citizenservices.core.api.vua.AppLink;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.security.PasswordPolicy;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.security.PasswordGuard;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.Times;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The citizen's side of their online account in the portal (Scenario 1): set it up from the registration letter
 * (the Scenario 1 account linkage), sign in and out (with growing pauses after wrong passwords), change the password,
 * list the patients they may act for, and read who has viewed or changed their information.
 */
public final class CitizenAccountsService extends AccountService implements CitizenAccounts {

    static final String WRONG = PasswordGuard.NOT_RIGHT;

    private final LinkageCheckService linkageCheck;
    private final SecretHasher hasher;
    private final CitizenSignInService signIns;

    public CitizenAccountsService(CoreContext context, LinkageCheckService linkageCheck,
            AccountStatusRule statusRule, SecretHasher hasher) {
        super(context, statusRule);
        this.linkageCheck = linkageCheck;
        this.hasher = hasher;
        this.signIns = new CitizenSignInService(context, hasher);
    }

    public void register(LinkageDetails letter, String username, String password) {
        letter.requirePracticeCode();
        String name = normaliseUsername(username);
        PasswordPolicy.check(password, name);
        Actor anonymous = new Actor("account " + letter.accountId().trim().toUpperCase(Locale.ROOT), ActingAs.CITIZEN,
                null, Actor.CITIZEN_PORTAL);
        long vuaId = linkageCheck.verify(letter, anonymous);
        String hash = hasher.hash(password.toCharArray());
        transactions.write(em -> {
            Vua vua = em.find(Vua.class, vuaId);
            Actor actor = new Actor(vua.displayName() + " (" + vua.accountId() + ")", ActingAs.CITIZEN,
                    vua.practice().id(), Actor.CITIZEN_PORTAL);
            if (AccountLinkage.livePortal(em, vua).isPresent()) {
                throw new RuleViolationException("You have already set up your online account. Sign in, or if you "
                        + "have forgotten your password, ask your GP practice for a new registration letter.");
            }
            boolean taken = !em.createQuery("select v.id from Vua v where v.username = :name")
                    .setParameter("name", name).getResultList().isEmpty();
            if (taken) {
                throw new InvalidValueException("This username is already in use. Choose another.");
            }
            vua.portalCredentials(name, hash);
            em.persist(new AccountLinkage(vua, LinkageKind.PORTAL, AccountLinkage.PORTAL_NAME, Times.now(clock)));
            em.persist(new VuaHistoryEntry(vua.id(), Times.now(clock), HistoryKind.LINKAGE,
                    "Online account set up in the citizen portal with username " + name, actor.label()));
            audit.entry(actor, AuditAction.CITIZEN_REGISTERED).account(vua.accountId().value()).in(em, Outcome.SUCCESS);
            em.flush();
            statusRule.apply(em, vua, actor, "online account set up");
            return null;
        });
    }

    /**
     * Scenario 2: links a third-party app's online account to the account the letter's details identify (the ODS
     * code is required here), and returns the citizen as that app will act for them. Each app gets a linkage of its
     * own; one account may be linked to several apps.
     */
    public AppLink linkApp(LinkageDetails letter, CitizenApps.App app) {
        letter.requirePracticeCode();
        Actor anonymous = new Actor("app " + app.label(), ActingAs.APP, null, "app: " + app.label());
        long vuaId = linkageCheck.verify(letter, anonymous);
        String accessIdentity = AccessIdentity.generate();
        return transactions.write(em -> {
            // one account's linkages one at a time: each inserts its row and then counts the account's linkages,
            // and two doing so at once wait on each other's new row until the database declares a deadlock
            Vua vua = em.find(Vua.class, vuaId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            AccountLinkage linkage = AccountLinkage.ofApp(vua, app, Times.now(clock),
                    AccessIdentity.hash(accessIdentity));
            em.persist(linkage);
            em.flush();
            SignedInCitizen citizen = new SignedInCitizen(vua.id(), vua.accountId().value(), vua.practice().id(),
                    linkage.id(), vua.displayName(), LinkageKind.APP, app.label());
            em.persist(new VuaHistoryEntry(vua.id(), Times.now(clock), HistoryKind.LINKAGE,
                    "Connected to the app " + app.label(), citizen.actor().label()));
            statusRule.apply(em, vua, citizen.actor(), "app connected");
            return new AppLink(citizen, accessIdentity);
        });
    }

    /**
     * The citizen an app acts for, from the access identity it received at linkage: refused when unknown or made
     * through another app (alike, so that neither is confirmed), revoked (key reset, disconnected, app revoked) or
     * when the account is INACTIVE. Audited either way.
     */
    public SignedInCitizen openAppSession(String accessIdentity, CitizenApps.App app) {
        String hash = accessIdentity == null || accessIdentity.isBlank() ? "" : AccessIdentity.hash(accessIdentity.trim());
        AccountLinkage linkage = transactions.read(em -> em.createQuery(
                        "select l from AccountLinkage l where l.accessIdentityHash = :hash", AccountLinkage.class)
                .setParameter("hash", hash).getResultStream().findFirst().orElse(null));
        if (linkage != null && !Long.valueOf(app.id()).equals(linkage.appId())) {
            // another app holding someone's access identity is worth a line in that account's trail
            audit.entry(new Actor(app.label(), ActingAs.APP, linkage.vua().practice().id(), "app: " + app.label()),
                    AuditAction.CITIZEN_SIGN_IN).account(linkage.vua().accountId().value())
                    .detail("app session: the access identity of another app").now(Outcome.DENIED);
        }
        if (linkage == null || !Long.valueOf(app.id()).equals(linkage.appId())) {
            throw new AccessIdentityRefused(AccessIdentityRefused.Reason.UNKNOWN, "This access identity is not known.");
        }
        Vua vua = linkage.vua();
        SignedInCitizen citizen = new SignedInCitizen(vua.id(), vua.accountId().value(), vua.practice().id(),
                linkage.id(), vua.displayName(), LinkageKind.APP, app.label());
        AccessIdentityRefused.Reason refused = !linkage.isLive() ? AccessIdentityRefused.Reason.REVOKED
                : vua.status() != org.citizenservices.core.api.vua.VuaStatus.ACTIVE
                ? AccessIdentityRefused.Reason.ACCOUNT_INACTIVE : null;
        audit.entry(citizen.actor(), AuditAction.CITIZEN_SIGN_IN).account(citizen.accountId())
                .detail(refused == null ? "app session" : "app session: " + refused.name())
                .now(refused == null ? Outcome.SUCCESS : Outcome.DENIED);
        if (refused == AccessIdentityRefused.Reason.REVOKED) {
            throw new AccessIdentityRefused(refused, "This app is no longer connected to the account. "
                    + "Connect it again with the registration letter.");
        }
        if (refused != null) {
            throw new AccessIdentityRefused(refused, "The online account is not active. Contact the GP practice.");
        }
        return citizen;
    }

    static String normaliseUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._@-]{2,59}")) {
            throw new InvalidValueException("A username is 3 to 60 letters, numbers, dots, dashes, underscores or @, "
                    + "starting with a letter or number.");
        }
        return name;
    }

    @Override
    public PasswordAccepted checkPassword(String username, String password) {
        return signIns.checkPassword(username, password);
    }

    @Override
    public SignedInCitizen secondFactor(PasswordAccepted password, String code) {
        return signIns.secondFactor(password, code);
    }

    @Override
    public boolean secondStepOn(SignedInCitizen signIn) {
        return signIns.secondStepOn(signIn);
    }

    @Override
    public List<String> turnOnSecondStep(SignedInCitizen signIn, String password, String secret, String code) {
        return signIns.turnOnSecondStep(signIn, password, secret, code);
    }

    @Override
    public void turnOffSecondStep(SignedInCitizen signIn, String password) {
        signIns.turnOffSecondStep(signIn, password);
    }

    public void signOut(SignedInCitizen citizen) {
        audit.entry(citizen.actor(), AuditAction.CITIZEN_SIGN_OUT).account(citizen.accountId()).now(Outcome.SUCCESS);
    }

    /** Someone signed in through NHS login keeps their password and second step at NHS login, not here. */
    static void requirePortalSignIn(SignedInCitizen citizen) {
        if (citizen.channel() != LinkageKind.PORTAL) {
            throw new RuleViolationException("You signed in with NHS login: change your password and security "
                    + "settings in the NHS App or at NHS login.");
        }
    }

    /** False once the linkage the session was built on is revoked (key reset) or the account is suspended. */
    public boolean isCurrent(SignedInCitizen citizen) {
        return transactions.read(em -> {
            AccountLinkage linkage = em.find(AccountLinkage.class, citizen.linkageId());
            return linkage != null && linkage.isLive() && !linkage.vua().suspended()
                    && (linkage.signsInThrough() == null || linkage.signsInThrough().isLive());
        });
    }

    public void changePassword(SignedInCitizen citizen, String current, String replacement) {
        requirePortalSignIn(citizen);
        PasswordPolicy.check(replacement, null);
        String hash = hasher.hash(replacement.toCharArray());
        transactions.write(em -> {
            Vua vua = em.find(Vua.class, citizen.vuaId());
            PasswordPolicy.check(replacement, vua.username());
            if (current == null || current.length() > PasswordGuard.MAX_LENGTH
                    || !hasher.verify(current.toCharArray(), vua.passwordHash())) {
                throw new InvalidValueException("Your current password is not right.");
            }
            vua.portalCredentials(vua.username(), hash);
            em.persist(new VuaHistoryEntry(vua.id(), Times.now(clock), HistoryKind.PREFERENCES,
                    "Password changed by the citizen", citizen.label()));
            audit.entry(citizen.actor(), AuditAction.PASSWORD_CHANGED).account(citizen.accountId())
                    .in(em, Outcome.SUCCESS);
            return null;
        });
    }

    /** The apps connected to the citizen's online account now, newest first. */
    public List<AccountLinkage> connectedApps(SignedInCitizen citizen) {
        return transactions.read(em -> em.createQuery("select l from AccountLinkage l where l.vua.id = :vua"
                        + " and l.kind = :app and l.revokedAt is null order by l.createdAt desc, l.id desc",
                        AccountLinkage.class)
                .setParameter("vua", citizen.vuaId()).setParameter("app", LinkageKind.APP).getResultList());
    }

    /** The citizen disconnects one of their apps; its sessions end, the others and the portal stay. */
    public void disconnectApp(SignedInCitizen citizen, long linkageId) {
        transactions.write(em -> {
            AccountLinkage linkage = em.find(AccountLinkage.class, linkageId);
            if (linkage == null || linkage.vua().id() != citizen.vuaId() || linkage.kind() != LinkageKind.APP
                    || !linkage.isLive()) {
                throw new org.citizenservices.core.api.service.NotFoundException("That app is not connected to your account.");
            }
            linkage.revoke(Times.now(clock), "disconnected by the citizen");
            em.persist(new VuaHistoryEntry(citizen.vuaId(), Times.now(clock), HistoryKind.LINKAGE,
                    "Linkage to " + linkage.appName() + " revoked by the citizen", citizen.label()));
            audit.entry(citizen.actor(), AuditAction.LINKAGE_REVOKED).account(citizen.accountId())
                    .detail(LinkageKind.APP.name()).in(em, Outcome.SUCCESS);
            em.flush();
            statusRule.apply(em, linkage.vua(), citizen.actor(), "app disconnected");
            return null;
        });
    }

    /** The patients the citizen may act for now: themself first, then the people they are a proxy for. */
    public List<PatientChoice> actingFor(SignedInCitizen citizen) {
        LocalDate today = Times.today(clock);
        return transactions.read(em -> {
            Vua vua = em.find(Vua.class, citizen.vuaId());
            return AccountStatusRule.associationsOf(em, vua).stream()
                    .filter(a -> a.isLiveOn(today))
                    .sorted(Comparator.comparing((PatientAssociation a) -> a.type() != AssociationType.SELF)
                            .thenComparing(a -> a.patient().displayName()))
                    .map(a -> PatientChoice.of(a.patient().id(), a.id(), a.patient().displayName(),
                            a.patient().nhsNumber().value(), a.patient().dateOfBirth(), a.type(), a.relationship(),
                            a.services()))
                    .toList();
        });
    }

    public AccountConditions conditions(SignedInCitizen citizen) {
        return transactions.read(em -> statusRule.conditions(em, em.find(Vua.class, citizen.vuaId())));
    }

    public boolean isActive(SignedInCitizen citizen) {
        return transactions.read(em -> em.find(Vua.class, citizen.vuaId()).status())
                == org.citizenservices.core.api.vua.VuaStatus.ACTIVE;
    }

    /**
     * The citizen's own access log; what a proxy did for them only once they are 16 (until then, a young person's
     * log does not show their parent's or carer's looks at their record).
     */
    public List<AuditEvent> ownAccessLog(SignedInCitizen citizen) {
        PatientChoice self = actingFor(citizen).stream().filter(PatientChoice::isSelf).findFirst().orElse(null);
        boolean proxiesShown = self == null || !self.patient().dateOfBirth().plusYears(ADULT_AGE)
                .isAfter(Times.today(clock));
        List<AuditEvent> events = audit.forPatientOrAccount(self == null ? null : self.patientId(),
                citizen.accountId(), 200).stream()
                .filter(e -> proxiesShown || e.actingAs() != org.citizenservices.core.api.service.ActingAs.PROXY)
                .toList();
        audit.entry(citizen.actor(), AuditAction.AUDIT_VIEWED).account(citizen.accountId()).now(Outcome.SUCCESS);
        return events;
    }

    /** From this age a patient's access log shows what their proxies did. */
    static final int ADULT_AGE = 16;

}
