package org.citizenservices.core.internal.operator;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.domain.Postcode;
import org.citizenservices.core.api.domain.TelephoneNumber;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeDefaults;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Supplier;

/** {@code admin practice add}: a practice, known by its ODS code, with {@link PracticeDefaults}. */
final class PracticeProvisioning extends CoreService {

    static final int MAX_NAME = 120;
    static final int MAX_ADDRESS = 300;

    private final Supplier<Set<CitizenService>> installed;

    PracticeProvisioning(CoreContext context, Supplier<Set<CitizenService>> installed) {
        super(context);
        this.installed = installed;
    }

    Practice add(Provisioning.Operator operator, Provisioning.NewPractice request) {
        return add(practiceId -> new Actor(operator.label(), ActingAs.SYSTEM, practiceId, "admin command"), request);
    }

    /** {@code actor}: who adds it, named in the audit trail under the new practice's id. */
    Practice add(java.util.function.LongFunction<Actor> actor, Provisioning.NewPractice request) {
        OdsCode ods = new OdsCode(request.odsCode() == null ? "" : request.odsCode());
        String name = text(request.name(), MAX_NAME, "Give the practice's name.", true);
        String address = text(request.address(), MAX_ADDRESS, null, false);
        Postcode postcode = blank(request.postcode()) ? null : new Postcode(request.postcode());
        String telephone = blank(request.telephone()) ? null : new TelephoneNumber(request.telephone()).value();
        LocalDateTime now = Times.now(clock);
        return transactions.write(em -> {
            boolean taken = !em.createQuery("select p.id from Practice p where p.odsCode = :ods")
                    .setParameter("ods", ods.value()).getResultList().isEmpty();
            if (taken) {
                throw new RuleViolationException("A practice with ODS code " + ods + " is already here.");
            }
            Practice practice = new Practice(ods, name, address == null ? "" : address, postcode, telephone, now);
            em.persist(practice);
            em.flush();
            Actor by = actor.apply(practice.id());
            PracticeDefaults.apply(em, practice, installed.get(), by, now);
            audit.entry(by, AuditAction.PRACTICE_ADDED).practice(practice.id())
                    .detail(ods + " " + name).in(em, Outcome.SUCCESS);
            return practice;
        });
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Trimmed, at most {@code max} characters; null when blank and not required. */
    static String text(String value, int max, String whenMissing, boolean required) {
        if (blank(value)) {
            if (required) {
                throw new InvalidValueException(whenMissing);
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("Use at most " + max + " characters, on one line.");
        }
        return trimmed;
    }
}
