package org.citizenservices.prescriptions.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The patient's EPS nominated pharmacy: the citizen searches the directory and nominates one (for themself, or as a
 * proxy with PRESCRIPTIONS registered, after the host's {@code require(PRESCRIPTIONS)}, and audited); the practice
 * reads its patients' nominations (after {@code requireStaff}, inside that practice).
 */
public final class PharmacyNomination {

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public PharmacyNomination(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    /** The patient's EPS nominated pharmacy, if they have one. */
    public Optional<Pharmacy> nominatedPharmacy() {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        return nominated(citizen.actingFor().patientId());
    }

    /** Nominates a pharmacy of the directory for the patient's electronic prescriptions. */
    public Pharmacy nominate(String odsCode) {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        String code = Texts.required(odsCode, 10, "The pharmacy's ODS code").toUpperCase(Locale.ROOT);
        Pharmacy pharmacy = UnitsOfWork.write(factory, em -> {
            Pharmacy found = em.find(Pharmacy.class, code);
            if (found == null) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.UNKNOWN_PHARMACY,
                        "There is no pharmacy with the ODS code " + code + " in the directory.");
            }
            Nomination nomination = em.find(Nomination.class, citizen.actingFor().patientId());
            if (nomination == null) {
                nomination = new Nomination(citizen.actingFor().patientId(), citizen.odsCode());
                em.persist(nomination);
            }
            nomination.nominate(code, LocalDateTime.now(clock), citizen.displayName());
            return found;
        });
        access.audit("NOMINATED_PHARMACY_CHANGED", "pharmacy " + code);
        return pharmacy;
    }

    /** Pharmacies of the directory whose name, address, postcode or ODS code contains the words asked for. */
    public List<Pharmacy> searchPharmacies(String query) {
        access.require(CitizenService.PRESCRIPTIONS);
        String words = Texts.optional(query, 60, "The search");
        if (words == null || words.length() < 2) {
            throw new IllegalArgumentException("Type at least two letters of the pharmacy's name, street, town or"
                    + " postcode.");
        }
        String like = "%" + words.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return UnitsOfWork.read(factory, em -> em.createQuery("select p from Pharmacy p where upper(p.name) like :q"
                        + " or upper(p.address) like :q or upper(p.postcode) like :q or upper(p.odsCode) like :q"
                        + " order by p.name", Pharmacy.class)
                .setParameter("q", like).setMaxResults(50).getResultList());
    }

    /** For the practice: a patient's nominated pharmacy. */
    public Optional<Pharmacy> nominatedPharmacyOf(long patientId) {
        access.requireStaff(Role.STAFF);
        if (access.practicePatients(List.of(patientId)).isEmpty()) {
            throw new SecurityException("Not a patient of this practice.");
        }
        return nominated(patientId);
    }

    /** For the practice's queue: the nominated pharmacies of these patients of the practice, in one read. */
    public Map<Long, Pharmacy> nominatedPharmacies(Collection<Long> patientIds) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Map<Long, Pharmacy> nominated = new HashMap<>();
        if (patientIds.isEmpty()) {
            return nominated;
        }
        UnitsOfWork.read(factory, em -> {
            em.createQuery("select n.patientId, p from Nomination n, Pharmacy p where p.odsCode = n.pharmacyOds"
                            + " and n.practiceOds = :ods and n.patientId in :ids", Object[].class)
                    .setParameter("ods", staff.odsCode()).setParameter("ids", patientIds).getResultList()
                    .forEach(row -> nominated.put((Long) row[0], (Pharmacy) row[1]));
            return null;
        });
        return nominated;
    }

    private Optional<Pharmacy> nominated(long patientId) {
        return Optional.ofNullable(UnitsOfWork.read(factory, em -> {
            Nomination nomination = em.find(Nomination.class, patientId);
            return nomination == null ? null : em.find(Pharmacy.class, nomination.pharmacyOds());
        }));
    }
}
