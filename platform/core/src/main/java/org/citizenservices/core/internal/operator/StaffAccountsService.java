package org.citizenservices.core.internal.operator;

import org.citizenservices.core.api.practice.ActivationLink;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.practice.StaffAccounts;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffPermission;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AccessIdentity;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.StaffUser;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The practice administrator's staff management, checked and audited here, whatever page calls it. */
public final class StaffAccountsService extends CoreService implements StaffAccounts {

    public StaffAccountsService(CoreContext context) {
        super(context);
    }

    @Override
    public List<StaffAccount> list(StaffMember admin) {
        StaffPermission.CONFIGURE_PRACTICE.check(admin);
        return transactions.read(em -> em.createQuery("select u from StaffUser u where u.practice.id = :practice"
                        + " order by u.displayName", StaffUser.class).setParameter("practice", admin.practiceId())
                .getResultList().stream().map(StaffAccountsService::account).toList());
    }

    @Override
    public ActivationLink add(StaffMember admin, String username, String name, String email, StaffRole role) {
        StaffPermission.CONFIGURE_PRACTICE.check(admin);
        StaffProvisioning.Person person = StaffProvisioning.person(username, name, email);
        if (role == null) {
            throw new InvalidValueException("Choose the person's role.");
        }
        String token = AccessIdentity.generate();
        LocalDateTime now = Times.now(clock);
        LocalDateTime expires = now.plus(Provisioning.ACTIVATION_VALID_FOR);
        return transactions.write(em -> {
            org.citizenservices.core.internal.practice.CurrentStaff.require(em, admin);
            StaffProvisioning.requireFree(em, person.username());
            Practice practice = em.find(Practice.class, admin.practiceId());
            em.persist(StaffUser.awaitingActivation(practice, person.username(), person.name(), person.email(),
                    Set.of(role), token, expires, now));
            audit.entry(admin.actor(), AuditAction.STAFF_ADDED).practice(admin.practiceId())
                    .detail(person.username() + " as " + role).in(em, Outcome.SUCCESS);
            return new ActivationLink(person.username(), token, expires, person.name(), person.email(),
                    practice.name());
        });
    }

    @Override
    public void changeRole(StaffMember admin, long staffUserId, StaffRole role) {
        StaffPermission.CONFIGURE_PRACTICE.check(admin);
        if (role == null) {
            throw new InvalidValueException("Choose the role.");
        }
        transactions.write(em -> {
            org.citizenservices.core.internal.practice.CurrentStaff.require(em, admin);
            StaffUser user = ownStaff(em, admin, staffUserId);
            if (user.id() == admin.staffUserId() && role != StaffRole.PRACTICE_ADMIN) {
                throw new RuleViolationException("You cannot take away your own administrator role; ask another "
                        + "practice administrator.");
            }
            user.roles(Set.of(role));
            audit.entry(admin.actor(), AuditAction.STAFF_CHANGED).practice(admin.practiceId())
                    .detail(user.username() + " now " + role).in(em, Outcome.SUCCESS);
            return null;
        });
    }

    @Override
    public void setEnabled(StaffMember admin, long staffUserId, boolean enabled) {
        StaffPermission.CONFIGURE_PRACTICE.check(admin);
        transactions.write(em -> {
            org.citizenservices.core.internal.practice.CurrentStaff.require(em, admin);
            StaffUser user = ownStaff(em, admin, staffUserId);
            if (user.id() == admin.staffUserId() && !enabled) {
                throw new RuleViolationException("You cannot disable your own account.");
            }
            user.credentials().enabled(enabled);
            audit.entry(admin.actor(), AuditAction.STAFF_CHANGED).practice(admin.practiceId())
                    .detail(user.username() + (enabled ? " enabled" : " disabled")).in(em, Outcome.SUCCESS);
            return null;
        });
    }

    @Override
    public ActivationLink resetSignIn(StaffMember admin, long staffUserId) {
        StaffPermission.CONFIGURE_PRACTICE.check(admin);
        String token = AccessIdentity.generate();
        LocalDateTime expires = Times.now(clock).plus(Provisioning.ACTIVATION_VALID_FOR);
        return transactions.write(em -> {
            org.citizenservices.core.internal.practice.CurrentStaff.require(em, admin);
            StaffUser user = ownStaff(em, admin, staffUserId);
            user.credentials().resetForActivation(token, expires);
            audit.entry(admin.actor(), AuditAction.STAFF_SIGN_IN_RESET).practice(admin.practiceId())
                    .detail(user.username()).in(em, Outcome.SUCCESS);
            return new ActivationLink(user.username(), token, expires, user.displayName(), user.email(),
                    user.practice().name());
        });
    }

    /** A practice user of the administrator's own practice, or "not found" — never another practice's. */
    private static StaffUser ownStaff(EntityManager em, StaffMember admin, long staffUserId) {
        StaffUser user = em.find(StaffUser.class, staffUserId);
        if (user == null || !user.practice().id().equals(admin.practiceId())) {
            throw new NotFoundException("There is no such member of staff at this practice.");
        }
        return user;
    }

    private static StaffAccount account(StaffUser user) {
        Status status = !user.credentials().enabled() ? Status.DISABLED
                : user.credentials().awaitingActivation() ? Status.AWAITING_ACTIVATION : Status.ACTIVE;
        return new StaffAccount(user.id(), user.username(), user.displayName(), user.email(),
                user.roles().stream().findFirst().orElse(StaffRole.RECEPTIONIST), status, user.credentials().demo());
    }
}
