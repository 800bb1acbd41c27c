package org.citizenservices.prescriptions.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.ClinicalImport;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pharmacy's progress through the practice integration API: a FHIR {@code Task} in the shape of NHS England's
 * Prescription Status Update — {@code businessStatus} from {@code task-businessStatus-nppt} ("Ready to Collect",
 * "Dispatched", "Collected", "Not Dispensed"), {@code focus} the MedicationRequest (the course, by the identifier or
 * reference it was imported with), {@code for} the patient, {@code owner} the pharmacy, {@code lastModified} when.
 * It moves the patient's latest approved request for that medicine by the same rules as the practice's queue, so an
 * illegal move (collected before approval, dispatched after collection) is rejected and changes nothing.
 */
public final class PharmacyProgressImport implements ClinicalImport {

    static final String BUSINESS_STATUS = "https://fhir.nhs.uk/CodeSystem/task-businessStatus-nppt";
    private static final Map<String, RequestStatus> SHOWN = Map.of(
            "ready to collect", RequestStatus.READY_TO_COLLECT, "ready to collect - partial",
            RequestStatus.READY_TO_COLLECT, "dispatched", RequestStatus.DISPATCHED,
            "collected", RequestStatus.COLLECTED, "not dispensed", RequestStatus.NOT_DISPENSED);
    /** Statuses that tell the patient nothing "Approved" does not: accepted, nothing changes. */
    private static final Set<String> STILL_WITH_PHARMACY = Set.of("with pharmacy",
            "with pharmacy - preparing remainder", "ready to dispatch", "ready to dispatch - partial");

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public PharmacyProgressImport(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    private record Reached(RequestStatus status, String pharmacy) {
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("Task");
    }

    @Override
    public List<ImportOutcome> store(String practiceOds, Long patientId, List<FhirResource> resources) {
        if (patientId == null) {
            throw new IllegalArgumentException("A prescription's progress belongs to a patient");
        }
        List<Reached> told = new ArrayList<>();
        List<ImportOutcome> outcomes = UnitsOfWork.write(factory, em -> {
            List<ImportOutcome> each = new ArrayList<>();
            for (FhirResource task : resources) {
                try {
                    each.add(apply(em, practiceOds, patientId, task, told));
                } catch (IllegalArgumentException | PrescriptionRefused refused) {
                    each.add(ImportOutcome.rejected(task, refused.getMessage()));
                }
            }
            return each;
        });
        told.forEach(step -> ProgressNotices.tell(access, patientId, step.status(), step.pharmacy()));
        return outcomes;
    }

    private ImportOutcome apply(EntityManager em, String ods, long patientId, FhirResource task, List<Reached> told) {
        String code = task.coding(BUSINESS_STATUS, "businessStatus").map(FhirResource.Coding::code)
                .orElseThrow(() -> new IllegalArgumentException("A Task needs a businessStatus coding of "
                        + BUSINESS_STATUS + ".")).toLowerCase(Locale.ROOT);
        RequestStatus reached = SHOWN.get(code);
        if (reached == null && !STILL_WITH_PHARMACY.contains(code)) {
            throw new IllegalArgumentException("businessStatus '" + code + "' is not one of Ready to Collect,"
                    + " Dispatched, Collected, Not Dispensed, With Pharmacy or Ready to Dispatch.");
        }
        PrescriptionRequest request = latestApproved(em, ods, patientId, course(em, ods, patientId, task));
        if (reached == null || request.status() == reached) {
            return ImportOutcome.of(task, ImportOutcome.Kind.UNCHANGED);
        }
        String pharmacy = task.text("owner", "display").map(ProgressNotices::limit)
                .orElseGet(() -> ProgressNotices.nominatedPharmacy(em, patientId));
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime at = task.dateTime("lastModified").filter(when -> !when.isAfter(now)
                && !when.isBefore(request.updatedAt())).orElse(now);
        PrescriptionRequests.move(em, request, reached, null, pharmacy == null ? "The pharmacy" : pharmacy, at,
                pharmacy);
        told.add(new Reached(reached, pharmacy));
        return ImportOutcome.of(task, ImportOutcome.Kind.UPDATED);
    }

    /** The course the Task's focus names: by the identifier, else the reference, it was imported with. */
    private static Course course(EntityManager em, String ods, long patientId, FhirResource task) {
        String key = task.text("focus", "identifier", "value")
                .map(value -> task.text("focus", "identifier", "system").map(system -> system + "|").orElse("")
                        + value)
                .or(() -> task.text("focus", "reference"))
                .orElseThrow(() -> new IllegalArgumentException("A Task's focus names the MedicationRequest (its"
                        + " identifier or reference)."));
        return em.createQuery("select c from Course c where c.patientId = :patient and c.practiceOds = :ods"
                        + " and c.sourceKey = :key", Course.class).setParameter("patient", patientId)
                .setParameter("ods", ods).setParameter("key", key).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No medicine of this patient was imported as "
                        + key + "."));
    }

    /** The patient's latest approved request for the course, locked against the practice's queue moving it too. */
    private static PrescriptionRequest latestApproved(EntityManager em, String ods, long patientId, Course course) {
        Long id = em.createQuery("select r.id from PrescriptionRequest r, RequestLine l where l.requestId = r.id"
                        + " and l.courseId = :course and r.patientId = :patient and r.practiceOds = :ods"
                        + " and r.status in :approved order by r.requestedAt desc, r.id desc", Long.class)
                .setParameter("course", course.id()).setParameter("patient", patientId).setParameter("ods", ods)
                .setParameter("approved", java.util.Arrays.stream(RequestStatus.values())
                        .filter(RequestStatus::approved).toList())
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No approved request for " + course.name()
                        + " is with the pharmacy."));
        return em.find(PrescriptionRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
