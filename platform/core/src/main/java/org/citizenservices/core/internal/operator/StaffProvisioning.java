package org.citizenservices.core.internal.operator;

import org.citizenservices.core.api.practice.ActivationLink;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.EmailAddress;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.api.vua.AccessIdentity;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.StaffUser;
import org.citizenservices.core.internal.practice.SupplierAdmin;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code admin staff add} and {@code admin supplier-admin add}: an account awaiting activation, and the one-time
 * token of its activation link. Usernames are unique across practice staff and supplier administrators.
 */
final class StaffProvisioning extends CoreService {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

    StaffProvisioning(CoreContext context) {
        super(context);
    }

    ActivationLink addStaff(Provisioning.Operator operator, Provisioning.NewStaffUser request) {
        OdsCode ods = new OdsCode(request.odsCode() == null ? "" : request.odsCode());
        Person person = person(request.username(), request.name(), request.email());
        if (request.role() == null) {
            throw new InvalidValueException("Give the role: RECEPTIONIST, CLINICIAN or PRACTICE_ADMIN.");
        }
        String token = AccessIdentity.generate();
        LocalDateTime now = Times.now(clock);
        LocalDateTime expires = now.plus(Provisioning.ACTIVATION_VALID_FOR);
        return transactions.write(em -> {
            Practice practice = em.createQuery("select p from Practice p where p.odsCode = :ods", Practice.class)
                    .setParameter("ods", ods.value()).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no practice with ODS code " + ods
                            + " here; add it first with: admin practice add --ods " + ods + " --name NAME"));
            requireFree(em, person.username());
            StaffUser user = StaffUser.awaitingActivation(practice, person.username(), person.name(),
                    person.email(), Set.of(request.role()), token, expires, now);
            em.persist(user);
            em.flush();
            Actor actor = new Actor(operator.label(), ActingAs.SYSTEM, practice.id(), "admin command");
            audit.entry(actor, AuditAction.STAFF_ADDED).practice(practice.id())
                    .detail(person.username() + " as " + request.role()).in(em, Outcome.SUCCESS);
            return new ActivationLink(person.username(), token, expires, person.name(), person.email(),
                    practice.name());
        });
    }

    ActivationLink addSupplierAdmin(Provisioning.Operator operator, Provisioning.NewSupplierAdmin request) {
        Person person = person(request.username(), request.name(), request.email());
        String token = AccessIdentity.generate();
        LocalDateTime now = Times.now(clock);
        LocalDateTime expires = now.plus(Provisioning.ACTIVATION_VALID_FOR);
        return transactions.write(em -> {
            requireFree(em, person.username());
            em.persist(new SupplierAdmin(person.username(), person.name(), person.email(), token, expires, now));
            Actor actor = new Actor(operator.label(), ActingAs.SYSTEM, null, "admin command");
            audit.entry(actor, AuditAction.SUPPLIER_ADMIN_ADDED).detail(person.username()).in(em, Outcome.SUCCESS);
            return new ActivationLink(person.username(), token, expires, person.name(), person.email(),
                    SupplierAdmin.SUPPLIER);
        });
    }

    static void requireFree(EntityManager em, String username) {
        boolean staff = !em.createQuery("select u.id from StaffUser u where u.username = :name")
                .setParameter("name", username).getResultList().isEmpty();
        boolean supplier = !em.createQuery("select a.id from SupplierAdmin a where a.username = :name")
                .setParameter("name", username).getResultList().isEmpty();
        if (staff || supplier) {
            throw new RuleViolationException("The username " + username + " is taken; choose another.");
        }
    }

    record Person(String username, String name, String email) {
    }

    static Person person(String username, String name, String email) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(user).matches()) {
            throw new InvalidValueException("A username is 3 to 60 characters: lower-case letters, digits, dots, "
                    + "hyphens or underscores, starting with a letter.");
        }
        String displayName = PracticeProvisioning.text(name, PracticeProvisioning.MAX_NAME,
                "Give the person's name, as colleagues and the audit trail will see it.", true);
        if (PracticeProvisioning.blank(email)) {
            throw new InvalidValueException("Give the person's e-mail address: the activation link goes there.");
        }
        return new Person(user, displayName, new EmailAddress(email).value());
    }
}
