package org.citizenservices.core.internal.integration;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.integration.ApiClients;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AccessIdentity;
import org.citizenservices.core.internal.practice.CurrentStaff;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Registers clinical-system clients, and trades their credentials for bearer tokens. */
public final class ApiClientsService extends CoreService implements ApiClients {

    public ApiClientsService(CoreContext context) {
        super(context);
    }

    @Override
    public Registered add(Provisioning.Operator operator, String odsCode, String name, Set<String> scopes) {
        OdsCode ods = new OdsCode(odsCode == null ? "" : odsCode);
        return register(em -> em.createQuery("select p from Practice p where p.odsCode = :ods", Practice.class)
                        .setParameter("ods", ods.value()).getResultStream().findFirst()
                        .orElseThrow(() -> new NotFoundException("There is no practice with ODS code " + ods
                                + " here.")),
                practiceId -> operatorActor(operator, practiceId), operator.label(), name, scopes);
    }

    @Override
    public Registered add(StaffMember admin, String name, Set<String> scopes) {
        StaffPermission.CONFIGURE_PRACTICE.check(admin);
        return register(em -> {
            CurrentStaff.require(em, admin);
            return em.find(Practice.class, admin.practiceId());
        }, practiceId -> admin.actor(), admin.label(), name, scopes);
    }

    @Override
    public List<Client> clients(StaffMember admin) {
        StaffPermission.CONFIGURE_PRACTICE.check(admin);
        return transactions.read(em -> {
            CurrentStaff.require(em, admin);
            return em.createQuery("select c from ApiClient c where c.practice.id = :practice"
                            + " order by c.createdAt desc, c.id desc", ApiClient.class)
                    .setParameter("practice", admin.practiceId()).getResultList().stream()
                    .map(c -> new Client(c.clientId(), c.name(), c.scopes(), c.createdAt(), c.createdBy(),
                            c.revokedAt()))
                    .toList();
        });
    }

    @Override
    public void revoke(Provisioning.Operator operator, String clientId) {
        end(clientId, null, client -> operatorActor(operator, client.practice().id()));
    }

    @Override
    public void revoke(StaffMember admin, String clientId) {
        StaffPermission.CONFIGURE_PRACTICE.check(admin);
        end(clientId, admin, client -> admin.actor());
    }

    private Registered register(java.util.function.Function<jakarta.persistence.EntityManager, Practice> practiceOf,
                                java.util.function.LongFunction<Actor> actor, String createdBy, String name,
                                Set<String> scopes) {
        String clientName = name == null ? "" : name.strip();
        if (clientName.isEmpty() || clientName.length() > 120) {
            throw new InvalidValueException("Give the client a name of at most 120 characters, e.g. the clinical "
                    + "system's.");
        }
        Set<String> asked = scopes == null ? Set.of() : new TreeSet<>(scopes);
        if (asked.isEmpty() || !SCOPES.containsAll(asked)) {
            throw new InvalidValueException("Give at least one scope; the scopes are: " + String.join(", ",
                    new TreeSet<>(SCOPES)) + ".");
        }
        String clientId = UUID.randomUUID().toString();
        String secret = AccessIdentity.generate();
        LocalDateTime now = Times.now(clock);
        String ods = transactions.write(em -> {
            Practice practice = practiceOf.apply(em);
            em.persist(new ApiClient(clientId, practice, clientName, asked, AccessIdentity.hash(secret), now,
                    createdBy));
            audit.entry(actor.apply(practice.id()), AuditAction.API_CLIENT_ADDED)
                    .practice(practice.id()).detail(clientName + " (" + clientId + "): " + String.join(" ", asked))
                    .in(em, Outcome.SUCCESS);
            return practice.odsCode().value();
        });
        return new Registered(clientId, secret, ods, asked);
    }

    /** {@code admin}: the practice administrator ending their own practice's client, or null for the operator. */
    private void end(String clientId, StaffMember admin, java.util.function.Function<ApiClient, Actor> actor) {
        LocalDateTime now = Times.now(clock);
        transactions.write(em -> {
            if (admin != null) {
                CurrentStaff.require(em, admin);
            }
            ApiClient client = byClientId(em, clientId == null ? "" : clientId).filter(c -> !c.revoked())
                    .filter(c -> admin == null || c.practice().id().equals(admin.practiceId()))
                    .orElseThrow(() -> new NotFoundException("There is no live client " + clientId + "."));
            client.revoke(now);
            em.createQuery("delete from ApiClientToken t where t.client = :client").setParameter("client", client)
                    .executeUpdate();
            audit.entry(actor.apply(client), AuditAction.API_CLIENT_REVOKED)
                    .practice(client.practice().id()).detail(client.name() + " (" + clientId + ")")
                    .in(em, Outcome.SUCCESS);
            return null;
        });
    }

    @Override
    public Optional<Token> token(String clientId, String clientSecret, Set<String> requestedScopes) {
        LocalDateTime now = Times.now(clock);
        Optional<ApiClient> found = clientId == null || clientId.length() > 40 ? Optional.empty()
                : transactions.read(em -> byClientId(em, clientId));
        boolean secretRight = found.isPresent() && AccessIdentity.matches(clientSecret, found.get().secretHash());
        Set<String> scopes = requestedScopes == null || requestedScopes.isEmpty()
                ? found.map(ApiClient::scopes).orElse(Set.of()) : new TreeSet<>(requestedScopes);
        boolean suspended = found.isPresent() && found.get().practice().suspended();
        boolean allowed = secretRight && !found.get().revoked() && !suspended
                && found.get().scopes().containsAll(scopes);
        Actor actor = found.map(this::clientActor).orElse(new Actor("unknown client", ActingAs.SYSTEM, null,
                PRACTICE_API));
        if (!allowed) {
            audit.entry(actor, AuditAction.API_CLIENT_TOKEN).detail(found.isEmpty() ? "unknown client"
                    : !secretRight ? "wrong secret" : found.get().revoked() ? "revoked"
                    : suspended ? "practice suspended" : "scope not granted")
                    .now(Outcome.DENIED);
            return Optional.empty();
        }
        String token = AccessIdentity.generate();
        transactions.write(em -> {
            em.persist(new ApiClientToken(AccessIdentity.hash(token), em.find(ApiClient.class, found.get().id()),
                    now.plus(TOKEN_LIFETIME)));
            // a client's expired tokens go when it asks for a new one: the table holds only live ones
            em.createQuery("delete from ApiClientToken t where t.expiresAt < :now").setParameter("now", now)
                    .executeUpdate();
            audit.entry(actor, AuditAction.API_CLIENT_TOKEN).practice(found.get().practice().id())
                    .detail(String.join(" ", scopes)).in(em, Outcome.SUCCESS);
            return null;
        });
        return Optional.of(new Token(token, TOKEN_LIFETIME, scopes));
    }

    @Override
    public Optional<Caller> caller(String accessToken) {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = Times.now(clock);
        return transactions.read(em -> Optional.ofNullable(em.find(ApiClientToken.class,
                        AccessIdentity.hash(accessToken)))
                .filter(t -> t.expiresAt().isAfter(now) && !t.client().revoked()
                        && !t.client().practice().suspended())
                .map(t -> new Caller(t.client().clientId(), t.client().name(), t.client().practice().id(),
                        t.client().practice().odsCode().value(), t.client().scopes())));
    }

    private Actor clientActor(ApiClient client) {
        return new Actor(client.name() + " (client " + client.clientId() + ")", ActingAs.SYSTEM,
                client.practice().id(), PRACTICE_API);
    }

    private static Actor operatorActor(Provisioning.Operator operator, long practiceId) {
        return new Actor(operator.label(), ActingAs.SYSTEM, practiceId, "admin command");
    }

    private static Optional<ApiClient> byClientId(jakarta.persistence.EntityManager em, String clientId) {
        return em.createQuery("select c from ApiClient c where c.clientId = :id", ApiClient.class)
                .setParameter("id", clientId).getResultStream().findFirst();
    }
}
