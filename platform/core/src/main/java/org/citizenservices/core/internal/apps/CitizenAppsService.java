package org.citizenservices.core.internal.apps;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.core.api.apps.CitizenApps;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.EmailAddress;
import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AccessIdentity;
import org.citizenservices.core.internal.practice.SupplierSignInService;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.core.internal.vua.AppLinkages;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registers third-party citizen apps, checks their credentials, and ends them. */
public final class CitizenAppsService extends CoreService implements CitizenApps {

    /** The channel the audit trail names for an app's credentials. */
    private static final String PATIENT_API = "patient API";

    private final AppLinkages linkages;

    public CitizenAppsService(CoreContext context, AppLinkages linkages) {
        super(context);
        this.linkages = linkages;
    }

    @Override
    public Credentials register(Provisioning.Operator operator, String name, String contact) {
        return register(new Actor(operator.label(), ActingAs.SYSTEM, null, "admin command"), name, contact,
                UUID.randomUUID().toString(), AccessIdentity.generate());
    }

    @Override
    public Credentials register(SupplierAdminMember admin, String name, String contact) {
        transactions.read(em -> {
            SupplierSignInService.requireCurrent(em, admin);
            return null;
        });
        return register(admin.actor(), name, contact, UUID.randomUUID().toString(), AccessIdentity.generate());
    }

    /** The demo's app, with the id and secret docs/demo-data.md publishes, so that anyone can try the API. */
    public Credentials registerDemoApp(String clientId, String secret) {
        return register(new Actor("demo data", ActingAs.SYSTEM, null, "demo"), "Demo citizen app",
                "apps@example.org", clientId, secret);
    }

    private Credentials register(Actor actor, String name, String contact, String clientId, String secret) {
        String appName = FreeText.reason(name, 120, "Give the app the name people know it by.");
        String email = new EmailAddress(contact == null ? "" : contact).value();
        LocalDateTime now = Times.now(clock);
        transactions.write(em -> {
            em.persist(new CitizenApp(clientId, appName, email, AccessIdentity.hash(secret), now, actor.label()));
            audit.entry(actor, AuditAction.APP_REGISTERED).detail(appName + " (app " + clientId + "), " + email)
                    .in(em, Outcome.SUCCESS);
            return null;
        });
        return new Credentials(clientId, secret);
    }

    @Override
    public List<Registration> apps(SupplierAdminMember admin) {
        return transactions.read(em -> {
            SupplierSignInService.requireCurrent(em, admin);
            Map<Long, Long> live = new HashMap<>();
            for (Object[] row : em.createQuery("select l.appId, count(l) from AccountLinkage l where l.appId is not"
                    + " null and l.revokedAt is null group by l.appId", Object[].class).getResultList()) {
                live.put((Long) row[0], (Long) row[1]);
            }
            // live ones first (a stable sort keeps the database's order by name within each)
            return em.createQuery("select a from CitizenApp a order by a.name, a.id", CitizenApp.class)
                    .getResultList().stream().sorted(java.util.Comparator.comparing(CitizenApp::revoked))
                    .map(a -> a.registration(live.getOrDefault(a.id(), 0L))).toList();
        });
    }

    @Override
    public Credentials rotateSecret(SupplierAdminMember admin, String clientId) {
        String secret = AccessIdentity.generate();
        change(admin, clientId, "new secret", app -> app.secret(AccessIdentity.hash(secret), Times.now(clock)));
        return new Credentials(clientId, secret);
    }

    @Override
    public void callbackUrls(SupplierAdminMember admin, String clientId, List<String> urls) {
        List<String> checked = CallbackUrls.check(urls);
        change(admin, clientId, "callback URLs: " + String.join(" ", checked), app -> app.callbackUrls(checked));
    }

    @Override
    public void revoke(SupplierAdminMember admin, String clientId, String reason) {
        String why = FreeText.reason(reason, FreeText.REASON, "Give the reason for revoking the app.");
        transactions.write(em -> {
            CitizenApp app = live(em, admin, clientId);
            app.revoke(Times.now(clock));
            int ended = linkages.revokeAll(em, app.id(), app.asApp().label(), admin.actor(), why);
            audit.entry(admin.actor(), AuditAction.APP_REVOKED).detail(app.name() + " (app " + clientId + "): "
                    + why + "; " + ended + " linkages ended").in(em, Outcome.SUCCESS);
            return null;
        });
    }

    @Override
    public Optional<App> authenticate(String clientId, String clientSecret) {
        Optional<CitizenApp> found = clientId == null || clientId.isBlank() || clientId.length() > 40
                ? Optional.empty() : transactions.read(em -> byClientId(em, clientId));
        boolean secretRight = found.isPresent() && AccessIdentity.matches(clientSecret, found.get().secretHash());
        if (secretRight && !found.get().revoked()) {
            return Optional.of(found.get().asApp());
        }
        Actor actor = found.map(a -> new Actor(a.asApp().label(), ActingAs.APP, null, PATIENT_API))
                .orElse(new Actor("unknown app", ActingAs.APP, null, PATIENT_API));
        audit.entry(actor, AuditAction.APP_CREDENTIALS_REFUSED).detail(found.isEmpty() ? "unknown client id"
                : !secretRight ? "wrong secret" : "revoked").now(Outcome.DENIED);
        return Optional.empty();
    }

    private void change(SupplierAdminMember admin, String clientId, String what,
                        java.util.function.Consumer<CitizenApp> change) {
        transactions.write(em -> {
            CitizenApp app = live(em, admin, clientId);
            change.accept(app);
            audit.entry(admin.actor(), AuditAction.APP_CHANGED).detail(app.name() + " (app " + clientId + "): "
                    + what).in(em, Outcome.SUCCESS);
            return null;
        });
    }

    private static CitizenApp live(EntityManager em, SupplierAdminMember admin, String clientId) {
        SupplierSignInService.requireCurrent(em, admin);
        return byClientId(em, clientId == null ? "" : clientId).filter(a -> !a.revoked())
                .map(a -> em.find(CitizenApp.class, a.id(), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("There is no live app " + clientId + "."));
    }

    private static Optional<CitizenApp> byClientId(EntityManager em, String clientId) {
        return em.createQuery("select a from CitizenApp a where a.clientId = :id", CitizenApp.class)
                .setParameter("id", clientId).getResultStream().findFirst();
    }
}
