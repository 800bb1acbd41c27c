package org.citizenservices.core.access;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.audit.ActingAs;
import org.citizenservices.core.audit.AuditAction;
import org.citizenservices.core.audit.AuditTrail;
import org.citizenservices.core.audit.Outcome;
import org.citizenservices.core.patient.Patient;
import org.citizenservices.core.patient.ServiceConfiguration;
import org.citizenservices.core.practice.PracticeServices;
import org.citizenservices.core.service.SignedInCitizen;
import org.citizenservices.core.service.Times;
import org.citizenservices.core.service.Transactions;
import org.citizenservices.core.vua.AccountLinkage;
import org.citizenservices.core.vua.PatientAssociation;
import org.citizenservices.core.vua.Vua;
import org.citizenservices.spi.CitizenService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers the one question everyone asks the core — may this signed-in citizen use this service for this patient
 * now? — by reading the facts from the database and applying {@link ServiceAvailability}, the single copy of the
 * rule. The portal's tiles, capability pages and the patient API all come here.
 */
public final class AccessDecisions {

    private final Transactions transactions;
    private final AuditTrail audit;
    private final Supplier<Set<CitizenService>> installedModules;
    private final Clock clock;

    public AccessDecisions(Transactions transactions, AuditTrail audit, Supplier<Set<CitizenService>> installedModules,
                           Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.installedModules = installedModules;
        this.clock = clock;
    }

    /** Empty when the service is available; otherwise the first reason it is not. */
    public Optional<ServiceAvailability.Denial> decide(SignedInCitizen citizen, long patientId, CitizenService service) {
        return transactions.read(em -> facts(em, citizen, patientId).decide(service));
    }

    /** The services available for the patient now, for tiles and the API's patient links. */
    public Set<CitizenService> availableServices(SignedInCitizen citizen, long patientId,
                                                 Collection<CitizenService> candidates) {
        return transactions.read(em -> {
            Facts facts = facts(em, citizen, patientId);
            Set<CitizenService> available = new LinkedHashSet<>();
            for (CitizenService service : candidates) {
                if (facts.decide(service).isEmpty()) {
                    available.add(service);
                }
            }
            return available;
        });
    }

    /**
     * Refuses, with an audit event carrying the reason, unless the service is available; the exception's message
     * is safe for the citizen and never says why in internal terms.
     */
    public void require(SignedInCitizen citizen, long patientId, CitizenService service) {
        Optional<ServiceAvailability.Denial> denial = decide(citizen, patientId, service);
        if (denial.isPresent()) {
            audit.entry(citizen.actor().as(ActingAs.CITIZEN), AuditAction.SERVICE_REFUSED).patient(patientId)
                    .account(citizen.accountId()).detail(service.key() + ": " + denial.get().name())
                    .now(Outcome.DENIED);
            throw new ServiceNotAvailableException(service, denial.get());
        }
    }

    /** The association the citizen holds for the patient, live today, if any. */
    public Optional<AssociationType> associationType(SignedInCitizen citizen, long patientId) {
        return transactions.read(em -> Optional.ofNullable(facts(em, citizen, patientId).association)
                .map(PatientAssociation::type));
    }

    private Facts facts(EntityManager em, SignedInCitizen citizen, long patientId) {
        LocalDate today = Times.today(clock);
        Vua vua = em.find(Vua.class, citizen.vuaId());
        AccountLinkage linkage = em.find(AccountLinkage.class, citizen.linkageId());
        boolean sessionLive = vua != null && linkage != null && linkage.isLive()
                && linkage.vua().id().equals(vua.id());
        PatientAssociation association = vua == null ? null : em.createQuery(
                        "select a from PatientAssociation a where a.vua = :vua and a.patient.id = :patient"
                                + " and a.endDate is null", PatientAssociation.class)
                .setParameter("vua", vua).setParameter("patient", patientId).getResultStream()
                .filter(a -> a.isLiveOn(today)).findFirst().orElse(null);
        Patient patient = association == null ? null : association.patient();
        Set<CitizenService> practiceOn = patient == null ? Set.of()
                : PracticeServices.enabledFor(em, patient.practice().id());
        Map<CitizenService, ServiceConfiguration> patientSwitches = patient == null ? Map.of()
                : PracticeServices.latest(em, patient.practice().id(), patient.id());
        return new Facts(sessionLive ? vua.status() : VuaStatus.INACTIVE, association, installedModules.get(),
                practiceOn, patientSwitches);
    }

    private record Facts(VuaStatus status, PatientAssociation association, Set<CitizenService> installed,
                         Set<CitizenService> practiceOn, Map<CitizenService, ServiceConfiguration> patientSwitches) {

        Optional<ServiceAvailability.Denial> decide(CitizenService service) {
            // no patient-level row means the patient has what the practice has
            ServiceConfiguration patientSwitch = patientSwitches.get(service);
            Set<CitizenService> patientOn = patientSwitch == null || patientSwitch.enabled() ? Set.of(service) : Set.of();
            return ServiceAvailability.decide(new ServiceAvailability.Facts(service, status,
                    association == null ? AssociationType.PROXY : association.type(), association != null,
                    association == null ? Set.of() : association.services(), installed, practiceOn, patientOn));
        }
    }
}
