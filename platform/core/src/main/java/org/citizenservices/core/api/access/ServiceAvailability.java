package org.citizenservices.core.api.access;

import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.spi.CitizenService;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule of domain.md on whether a citizen may use a service for a patient now: the capability module is
 * installed ∧ the practice has the service on ∧ the patient has it on ∧ (the association is SELF, or it is a PROXY
 * association with the service registered on it) ∧ the association is live ∧ the account is ACTIVE.
 *
 * <p>Everything else — the portal's tiles, the patient API's {@code services} list and its 403s — asks this rule,
 * so there is never a second copy of it. The first failed condition is returned as the reason, for the audit trail
 * and for staff; citizens are only told the service is not available.
 */
public final class ServiceAvailability {

    /** Why a service is not available, in the order the conditions are checked. */
    public enum Denial {
        ACCOUNT_INACTIVE,
        ASSOCIATION_ENDED,
        MODULE_NOT_INSTALLED,
        DISABLED_FOR_PRACTICE,
        DISABLED_FOR_PATIENT,
        NOT_REGISTERED_ON_PROXY
    }

    /** What the rule needs to know. */
    public record Facts(CitizenService service, VuaStatus accountStatus, AssociationType associationType,
                        boolean associationLive, Set<CitizenService> servicesRegisteredOnAssociation,
                        Set<CitizenService> installedModules, Set<CitizenService> enabledForPractice,
                        Set<CitizenService> enabledForPatient) {
        public Facts {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(accountStatus, "accountStatus");
            Objects.requireNonNull(associationType, "associationType");
            servicesRegisteredOnAssociation = Set.copyOf(servicesRegisteredOnAssociation);
            installedModules = Set.copyOf(installedModules);
            enabledForPractice = Set.copyOf(enabledForPractice);
            enabledForPatient = Set.copyOf(enabledForPatient);
        }
    }

    private ServiceAvailability() {
    }

    /** Empty when the service is available; otherwise the first reason it is not. */
    public static Optional<Denial> decide(Facts facts) {
        CitizenService service = facts.service();
        if (facts.accountStatus() != VuaStatus.ACTIVE) {
            return Optional.of(Denial.ACCOUNT_INACTIVE);
        }
        if (!facts.associationLive()) {
            return Optional.of(Denial.ASSOCIATION_ENDED);
        }
        if (!facts.installedModules().contains(service)) {
            return Optional.of(Denial.MODULE_NOT_INSTALLED);
        }
        if (!facts.enabledForPractice().contains(service)) {
            return Optional.of(Denial.DISABLED_FOR_PRACTICE);
        }
        if (!facts.enabledForPatient().contains(service)) {
            return Optional.of(Denial.DISABLED_FOR_PATIENT);
        }
        if (facts.associationType() == AssociationType.PROXY
                && !facts.servicesRegisteredOnAssociation().contains(service)) {
            return Optional.of(Denial.NOT_REGISTERED_ON_PROXY);
        }
        return Optional.empty();
    }

    public static boolean isAvailable(Facts facts) {
        return decide(facts).isEmpty();
    }
}
