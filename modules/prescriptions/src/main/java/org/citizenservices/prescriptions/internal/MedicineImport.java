package org.citizenservices.prescriptions.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.ClinicalImport;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.UnitsOfWork;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repeat prescriptions' part of a practice's import: each UK Core MedicationRequest as a course the patient can order
 * — {@code courseOfTherapyType} continuous (or continuous repeat dispensing) a repeat, anything else an acute; the
 * medicine's name, its dosage text, the quantity and expected supply of one issue; active while the request is.
 * One patient's courses in one transaction, each found again by its source key.
 */
public final class MedicineImport implements ClinicalImport {

    static final String COURSE_TYPES = "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy";
    static final int DEFAULT_SUPPLY_DAYS = 28;
    /** UK Core's (fhir.hl7.org.uk), also under EPS's older fhir.nhs.uk/R4 address. */
    static final String REPEAT_INFORMATION = "/StructureDefinition/Extension-UKCore-MedicationRepeatInformation";

    private final EntityManagerFactory factory;
    private final Clock clock;

    public MedicineImport(EntityManagerFactory factory, Clock clock) {
        this.factory = factory;
        this.clock = clock;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("MedicationRequest");
    }

    @Override
    public List<ImportOutcome> store(String practiceOds, Long patientId, List<FhirResource> resources) {
        if (patientId == null) {
            throw new IllegalArgumentException("Courses belong to a patient");
        }
        return UnitsOfWork.write(factory, em -> {
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (FhirResource resource : resources) {
                Course read;
                try {
                    read = course(resource, LocalDate.now(clock));
                } catch (IllegalArgumentException unusable) {
                    outcomes.add(ImportOutcome.rejected(resource, unusable.getMessage()));
                    continue;
                }
                Course existing = em.createQuery("select c from Course c where c.patientId = :patient"
                                + " and c.practiceOds = :ods and c.sourceKey = :key", Course.class)
                        .setParameter("patient", patientId).setParameter("ods", practiceOds)
                        .setParameter("key", resource.sourceKey()).getResultStream().findFirst().orElse(null);
                if (existing == null) {
                    em.persist(Course.imported(practiceOds, patientId, resource.sourceKey(), read));
                    outcomes.add(ImportOutcome.of(resource, ImportOutcome.Kind.CREATED));
                } else {
                    outcomes.add(ImportOutcome.of(resource, existing.updateFrom(read) ? ImportOutcome.Kind.UPDATED
                            : ImportOutcome.Kind.UNCHANGED));
                }
            }
            return outcomes;
        });
    }

    static Course course(FhirResource request, LocalDate today) {
        String name = request.text("medicationCodeableConcept", "text")
                .or(() -> request.text("medicationCodeableConcept", "coding", 0, "display"))
                .orElseThrow(() -> new IllegalArgumentException("A MedicationRequest needs "
                        + "medicationCodeableConcept with text or a coding's display."));
        String dosage = request.text("dosageInstruction", 0, "text")
                .orElseThrow(() -> new IllegalArgumentException("A MedicationRequest needs dosageInstruction text."));
        String quantity = request.text("dispenseRequest", "quantity", "value")
                .map(value -> number(value) + request.text("dispenseRequest", "quantity", "unit").map(u -> " " + u)
                        .orElse("")).orElse("As prescribed");
        String courseType = request.text("courseOfTherapyType", "coding", 0, "code").orElse("acute");
        CourseType type = courseType.startsWith("continuous") ? CourseType.REPEAT : CourseType.ACUTE;
        int days = request.text("dispenseRequest", "expectedSupplyDuration", "value")
                .map(value -> new BigDecimal(value).intValue()).filter(d -> d > 0 && d <= 366)
                .orElse(DEFAULT_SUPPLY_DAYS);
        LocalDate started = request.dateTime("authoredOn").map(java.time.LocalDateTime::toLocalDate).orElse(today);
        boolean active = "active".equals(request.text("status").orElse(""));
        String prescriber = request.text("requester", "display").orElse("Practice prescriber");
        return Course.read(limit(name, 200), limit(dosage, 200), limit(quantity, 100), type, days, started, active,
                request.restricted(), limit(prescriber, 120), reviewDue(request));
    }

    /**
     * When the authorisation ends and the prescriber wants a review: UK Core's MedicationRepeatInformation
     * {@code authorisationExpiryDate}, else the end of {@code dispenseRequest.validityPeriod}.
     */
    static LocalDate reviewDue(FhirResource request) {
        for (Object extension : request.list("extension")) {
            if (extension instanceof java.util.Map<?, ?> outer
                    && String.valueOf(outer.get("url")).endsWith(REPEAT_INFORMATION)
                    && outer.get("extension") instanceof List<?> inner) {
                for (Object part : inner) {
                    if (part instanceof java.util.Map<?, ?> map && "authorisationExpiryDate".equals(map.get("url"))
                            && map.get("valueDateTime") != null) {
                        return date(String.valueOf(map.get("valueDateTime")));
                    }
                }
            }
        }
        return request.dateTime("dispenseRequest", "validityPeriod", "end").map(java.time.LocalDateTime::toLocalDate)
                .orElse(null);
    }

    /** The day of a FHIR date or dateTime ("2027-01-31", "2027-01-31T00:00:00+00:00"). */
    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (java.time.format.DateTimeParseException notADate) {
            throw new IllegalArgumentException("The authorisationExpiryDate is not a date: " + value);
        }
    }

    /** "56", not "56.0". */
    private static String number(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("The dispense quantity is not a number: " + value);
        }
    }

    private static String limit(String text, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException("'" + text.substring(0, 40) + "…' is longer than " + max
                    + " characters.");
        }
        return text;
    }
}
