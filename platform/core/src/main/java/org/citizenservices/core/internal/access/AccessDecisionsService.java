package org.citizenservices.core.internal.access;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.core.api.access.ServiceAvailability;
import org.citizenservices.core.api.vua.VuaStatus;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.internal.vua.AccountLinkage;
import org.citizenservices.core.internal.vua.PatientAssociation;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.ServiceNotAvailableException;

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
public final class AccessDecisionsService extends CoreService implements org.citizenservices.core.api.access.AccessDecisions {

    private final Supplier<Set<CitizenService>> installedModules;

    public AccessDecisionsService(CoreContext context, Supplier<Set<CitizenService>> installedModules) {
        super(context);
        this.installedModules = installedModules;
    }

    /** Empty when the service is available; otherwise the first reason it is not. */
    @Override
    public Optional<ServiceAvailability.Denial> decide(SignedInCitizen citizen, long patientId, CitizenService service) {
        return cachedFacts(citizen, patientId).decide(service, installedModules.get());
    }

    /** The services available for the patient now, for tiles and the API's patient links. */
    @Override
    public Set<CitizenService> availableServices(SignedInCitizen citizen, long patientId,
                                                 Collection<CitizenService> candidates) {
        Facts facts = cachedFacts(citizen, patientId);
        Set<CitizenService> installed = installedModules.get();
        Set<CitizenService> available = new LinkedHashSet<>();
        for (CitizenService service : candidates) {
            if (facts.decide(service, installed).isEmpty()) {
                available.add(service);
            }
        }
        return available;
    }

    /**
     * Refuses, with an audit event carrying the reason, unless the service is available; the exception's message
     * is safe for the citizen and never says why in internal terms.
     */
    @Override
    public void require(SignedInCitizen citizen, long patientId, CitizenService service) {
        Optional<ServiceAvailability.Denial> denial = decide(citizen, patientId, service);
        if (denial.isPresent()) {
            audit.entry(citizen.actor().as(ActingAs.CITIZEN), AuditAction.SERVICE_REFUSED).patient(patientId)
                    .account(citizen.accountId()).detail(service.key() + ": " + denial.get().name())
                    .now(Outcome.DENIED);
            throw new ServiceNotAvailableException(service, NOT_AVAILABLE);
        }
    }


    /**
     * Who the patient is, as the citizen may act for them now: from the same cached facts as the decisions, so an
     * API call needs no further database reads to know its patient. Empty when there is no live association.
     */
    @Override
    public Optional<Subject> subject(SignedInCitizen citizen, long patientId) {
        Facts facts = cachedFacts(citizen, patientId);
        return Optional.ofNullable(facts.subject);
    }

    private record Key(long vuaId, long linkageId, long patientId) {
    }

    private record Cached(long revision, LocalDate day, Facts facts) {
    }

    private static final int MAX_CACHED = 10_000;
    private final java.util.concurrent.ConcurrentHashMap<Key, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The facts for a citizen and patient, read from the database only when something may have changed: every
     * committed write moves the revision on, and association dates are judged per day. So a page or an API call
     * usually decides from memory, and a switch turned off is seen by the very next decision.
     */
    private Facts cachedFacts(SignedInCitizen citizen, long patientId) {
        Key key = new Key(citizen.vuaId(), citizen.linkageId(), patientId);
        long revision = transactions.revision();
        LocalDate today = Times.today(clock);
        Cached cached = cache.get(key);
        if (cached != null && cached.revision() == revision && cached.day().equals(today)) {
            return cached.facts();
        }
        Facts facts = transactions.read(em -> facts(em, citizen, patientId, today));
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Cached(revision, today, facts));
        return facts;
    }

    private Facts facts(EntityManager em, SignedInCitizen citizen, long patientId, LocalDate today) {
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
        // a practice the supplier suspended offers nothing, whatever its switches say
        Set<CitizenService> practiceOn = patient == null || patient.practice().suspended() ? Set.of()
                : PracticeServicesService.enabledFor(em, patient.practice().id());
        Map<CitizenService, Boolean> patientSwitches = new java.util.HashMap<>();
        if (patient != null) {
            PracticeServicesService.latest(em, patient.practice().id(), patient.id())
                    .forEach((service, row) -> patientSwitches.put(service, row.enabled()));
        }
        Subject subject = patient == null ? null : new Subject(PatientChoice.of(patient.id(),
                association.id(), patient.displayName(), patient.nhsNumber().value(), patient.dateOfBirth(),
                association.type(), association.relationship(), association.services()),
                patient.practice().odsCode().value(), patient.practice().name(), patient.recordAccess()
                .withPatient(association.type() == AssociationType.SELF ? association.startDate()
                        : org.citizenservices.core.internal.vua.PatientAccess.ownAccountStart(em, patient, today),
                        patient.dateOfBirth()));
        return new Facts(sessionLive ? vua.status() : VuaStatus.INACTIVE,
                association == null ? null : association.type(),
                association == null ? Set.of() : association.services(), practiceOn, Map.copyOf(patientSwitches),
                subject);
    }

    private record Facts(VuaStatus status, AssociationType associationType, Set<CitizenService> registered,
                         Set<CitizenService> practiceOn, Map<CitizenService, Boolean> patientSwitches,
                         Subject subject) {

        Optional<ServiceAvailability.Denial> decide(CitizenService service, Set<CitizenService> installed) {
            // no patient-level row means the patient has what the practice has
            Set<CitizenService> patientOn = patientSwitches.getOrDefault(service, true) ? Set.of(service) : Set.of();
            return ServiceAvailability.decide(new ServiceAvailability.Facts(service, status,
                    associationType == null ? AssociationType.PROXY : associationType, associationType != null,
                    registered, installed, practiceOn, patientOn));
        }
    }
}
