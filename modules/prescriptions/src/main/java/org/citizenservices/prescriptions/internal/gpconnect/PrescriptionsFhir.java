package org.citizenservices.prescriptions.internal.gpconnect;

import org.citizenservices.prescriptions.internal.OrderableCourse;
import org.citizenservices.prescriptions.internal.PrescriptionOrdering;
import org.citizenservices.prescriptions.internal.RequestStatus;
import org.citizenservices.prescriptions.internal.RequestView;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.FhirInteraction;
import org.citizenservices.spi.FhirJson;
import org.citizenservices.spi.FhirRefused;
import org.citizenservices.spi.FhirRelease;
import org.citizenservices.spi.FhirRequest;
import org.citizenservices.spi.FhirRoute;
import org.citizenservices.spi.HttpMethod;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The prescriptions capability's part of GP Connect Prescriptions Management (FHIR R4, {@code /FHIR/R4/}): the
 * patient's medicines ({@code Patient/{NHS number}/MedicationRequest}), asking for a repeat ({@code POST Task}) and
 * following the requests ({@code GET Task?patient=…}). {@link PrescriptionOrdering} applies the same rules as the portal
 * and the IM1-style API. The specification dropped cancelling a request in July 2024; it is not served here either
 * (the portal and the IM1-style API still cancel).
 */
public final class PrescriptionsFhir {

    private final Supplier<PrescriptionOrdering> ordering;
    private final PrescriptionResources resources;

    public PrescriptionsFhir(Supplier<PrescriptionOrdering> ordering, Clock practiceClock) {
        this.ordering = ordering;
        this.resources = new PrescriptionResources(practiceClock.getZone());
    }

    public List<FhirRoute> routes() {
        return List.of(
                new FhirRoute(HttpMethod.GET, FhirRelease.R4, "Patient/{patient}/MedicationRequest",
                        "MedicationRequest", FhirInteraction.SEARCH, "FHIR_MEDICATIONS_VIEWED", this::medicines),
                new FhirRoute(HttpMethod.POST, FhirRelease.R4, "Task", "Task", FhirInteraction.CREATE,
                        "FHIR_PRESCRIPTION_REQUEST_SUBMITTED", this::request),
                new FhirRoute(HttpMethod.GET, FhirRelease.R4, "Task", "Task", FhirInteraction.SEARCH,
                        "FHIR_PRESCRIPTION_REQUESTS_VIEWED", this::requests));
    }

    /** Plans (the courses) and orders (what was issued), filtered by {@code intent} and {@code status}. */
    private Map<String, Object> medicines(FhirRequest request) {
        CurrentCitizen citizen = request.citizen();
        List<String> intent = request.query("intent");
        List<String> status = request.query("status");
        List<Map<String, Object>> found = new ArrayList<>();
        if (intent.isEmpty() || intent.contains("plan")) {
            for (OrderableCourse course : answering(() -> ordering.get().courses())) {
                found.add(resources.plan(course, citizen));
            }
        }
        if (intent.isEmpty() || intent.contains("order")) {
            for (RequestView issued : answering(() -> ordering.get().requests())) {
                if (issued.status().approved()) {
                    issued.lines().forEach(line -> found.add(resources.order(issued, line, citizen)));
                }
            }
        }
        return FhirJson.searchset(request.base(), found.stream()
                .filter(resource -> status.isEmpty() || status.contains(resource.get("status"))).toList(), List.of());
    }

    /** {@code POST Task}: a repeat of the plan its {@code focus} names, for the patient its {@code for} names. */
    private Map<String, Object> request(FhirRequest request) {
        Map<String, Object> task = request.body();
        if (!"requested".equals(task.get("status")) || !"order".equals(task.get("intent"))) {
            throw FhirRefused.invalidResource("A request for a repeat is a Task of status requested and intent "
                    + "order.");
        }
        long courseId = focus(task);
        String nhsNumber = nhsNumber(task.get("for"));
        CurrentCitizen citizen = request.actForNhsNumber(nhsNumber).orElseThrow(() -> new FhirRefused(403,
                "ACCESS_DENIED", "forbidden", "This person may not order prescriptions for that patient."));
        String comment = task.get("note") instanceof List<?> notes && !notes.isEmpty()
                && notes.get(0) instanceof Map<?, ?> note && note.get("text") instanceof String text ? text : null;
        RequestView made = answering(() -> ordering.get().request(List.of(courseId), comment));
        return resources.task(made, made.lines().get(0), citizen);
    }

    /** {@code GET Task?patient=…}: every medicine of every request, with its plan when {@code _include} asks. */
    private Map<String, Object> requests(FhirRequest request) {
        List<String> patient = request.query("patient");
        if (patient.size() != 1) {
            throw new FhirRefused(422, "INVALID_PARAMETER", "required", "patient (the NHS number) is required.");
        }
        CurrentCitizen citizen = request.actForNhsNumber(patient.get(0).substring(patient.get(0).indexOf('|') + 1))
                .orElseThrow(() -> new FhirRefused(404, "PATIENT_NOT_FOUND", "not-found",
                        "No patient with that NHS number whose prescriptions this person may see."));
        List<String> status = request.query("status");
        List<Map<String, Object>> tasks = new ArrayList<>();
        Map<Long, Map<String, Object>> plans = new LinkedHashMap<>();
        boolean include = request.query("_include").contains("Task:focus:MedicationRequest");
        Map<Long, OrderableCourse> courses = new LinkedHashMap<>();
        if (include) {
            answering(() -> ordering.get().courses()).forEach(course -> courses.put(course.courseId(), course));
        }
        for (RequestView made : answering(() -> ordering.get().requests())) {
            for (RequestView.Line line : made.lines()) {
                Map<String, Object> task = resources.task(made, line, citizen);
                if (status.isEmpty() || status.contains(task.get("status"))) {
                    tasks.add(task);
                    if (courses.containsKey(line.courseId())) {
                        plans.putIfAbsent(line.courseId(), resources.plan(courses.get(line.courseId()), citizen));
                    }
                }
            }
        }
        return FhirJson.searchset(request.base(), tasks, List.copyOf(plans.values()));
    }

    private static long focus(Map<String, Object> task) {
        Object reference = task.get("focus") instanceof Map<?, ?> focus ? focus.get("reference") : null;
        if (!(reference instanceof String text) || !text.startsWith("MedicationRequest/")) {
            throw FhirRefused.invalidResource("focus must name the MedicationRequest (intent plan) to repeat.");
        }
        try {
            return Long.parseLong(text.substring("MedicationRequest/".length()));
        } catch (NumberFormatException notOurs) {
            throw new FhirRefused(422, "REFERENCE_NOT_FOUND", "not-found", "There is no such medicine: " + text);
        }
    }

    /** The NHS number of a Reference: its identifier, or {@code Patient/<NHS number>}. */
    private static String nhsNumber(Object reference) {
        if (reference instanceof Map<?, ?> map) {
            if (map.get("identifier") instanceof Map<?, ?> identifier && identifier.get("value") instanceof String v) {
                return v;
            }
            if (map.get("reference") instanceof String text && text.startsWith("Patient/")) {
                return text.substring("Patient/".length());
            }
        }
        throw new FhirRefused(422, "REFERENCE_NOT_FOUND", "required", "for must name the patient by NHS number.");
    }

    /** The rules' own refusals pass as they are; input the rules reject is the request's fault (422). */
    private static <T> T answering(Supplier<T> work) {
        try {
            return ApiProblem.answering(work);
        } catch (ApiProblem problem) {
            if (problem.status() == 400) {
                throw FhirRefused.invalidResource(problem.getMessage());
            }
            throw problem;
        }
    }
}
