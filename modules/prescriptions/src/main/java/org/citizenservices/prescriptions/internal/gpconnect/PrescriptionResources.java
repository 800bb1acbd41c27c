package org.citizenservices.prescriptions.internal.gpconnect;

import org.citizenservices.prescriptions.internal.CourseType;
import org.citizenservices.prescriptions.internal.OrderableCourse;
import org.citizenservices.prescriptions.internal.RequestStatus;
import org.citizenservices.prescriptions.internal.RequestView;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.FhirJson;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.citizenservices.spi.FhirJson.object;

/**
 * Prescriptions as GP Connect Prescriptions Management (R4, UK Core) gives them: a course the patient may be
 * prescribed as a {@code MedicationRequest} of intent {@code plan}; a medicine issued on one of their requests as one of
 * intent {@code order}, based on the plan; and each medicine of a request as a {@code Task} (renewal of prescription)
 * whose status follows the request through the practice. The patient is named by NHS number, as the specification
 * names them.
 */
final class PrescriptionResources {

    static final String RENEWAL = "103742009";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final String COURSE_OF_THERAPY =
            "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy";

    private final ZoneId zone;

    PrescriptionResources(ZoneId zone) {
        this.zone = zone;
    }

    Map<String, Object> plan(OrderableCourse course, CurrentCitizen citizen) {
        return FhirJson.resource("MedicationRequest", Long.toString(course.courseId()),
                "status", "active", "intent", "plan",
                "courseOfTherapyType", course.type() == CourseType.REPEAT
                        ? FhirJson.concept(COURSE_OF_THERAPY, "continuous", "Continuous long term therapy")
                        : FhirJson.concept(COURSE_OF_THERAPY, "acute", "Short course (acute) therapy"),
                "medicationCodeableConcept", FhirJson.text(medicine(course)),
                "subject", patient(citizen),
                "dosageInstruction", course.dosage() == null ? null : List.of(object("text", course.dosage())),
                "dispenseRequest", object("expectedSupplyDuration", course.durationDays() <= 0 ? null
                        : object("value", course.durationDays(), "unit", "days",
                        "system", "http://unitsofmeasure.org", "code", "d")),
                "note", List.of(object("text", course.canRequest() ? "Can be requested now."
                        : "Cannot be requested now: " + course.whyNot())));
    }

    /** A medicine issued on a request: an order based on its plan. */
    Map<String, Object> order(RequestView request, RequestView.Line line, CurrentCitizen citizen) {
        return FhirJson.resource("MedicationRequest", request.requestId() + "-" + line.courseId(),
                "status", "completed", "intent", "order",
                "basedOn", List.of(FhirJson.reference("MedicationRequest", line.courseId())),
                "medicationCodeableConcept", FhirJson.text(line.name()),
                "subject", patient(citizen),
                "authoredOn", instant(request.reached(RequestStatus.ISSUED).map(RequestView.Step::at)
                        .orElse(request.updatedAt())));
    }

    Map<String, Object> task(RequestView request, RequestView.Line line, CurrentCitizen citizen) {
        return FhirJson.resource("Task", request.requestId() + "-" + line.courseId(),
                "status", status(request.status()),
                "statusReason", request.practiceComment() == null ? null : FhirJson.text(request.practiceComment()),
                "intent", "order",
                "code", FhirJson.concept(FhirJson.SNOMED, RENEWAL, "Renewal of prescription"),
                "focus", FhirJson.reference("MedicationRequest", line.courseId()),
                "for", patient(citizen), "requester", patient(citizen),
                "authoredOn", instant(request.requestedAt()), "lastModified", instant(request.updatedAt()),
                "note", request.comment() == null ? null
                        : List.of(object("authorString", "Patient", "text", request.comment())));
    }

    static String status(RequestStatus status) {
        return switch (status) {
            case REQUESTED -> "requested";
            case FORWARDED_FOR_SIGNING -> "in-progress";
            case ISSUED, READY_TO_COLLECT, DISPATCHED, COLLECTED, NOT_DISPENSED -> "completed";
            case REJECTED -> "rejected";
            case CANCELLED -> "cancelled";
        };
    }

    private static Map<String, Object> patient(CurrentCitizen citizen) {
        return object("identifier", FhirJson.identifier(FhirJson.NHS_NUMBER, citizen.actingFor().nhsNumber()),
                "display", citizen.actingFor().displayName());
    }

    private static String medicine(OrderableCourse course) {
        // a name often says its strength and form already ("Ramipril 5mg capsules")
        return course.name() + java.util.stream.Stream.of(course.strength(), course.form())
                .filter(part -> part != null && !part.isBlank() && !course.name().contains(part))
                .map(part -> " " + part).collect(java.util.stream.Collectors.joining());
    }

    private String instant(LocalDateTime local) {
        return local.atZone(zone).format(INSTANT);
    }
}
