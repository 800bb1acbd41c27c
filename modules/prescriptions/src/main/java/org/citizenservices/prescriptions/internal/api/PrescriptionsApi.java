package org.citizenservices.prescriptions.internal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.citizenservices.prescriptions.internal.CourseType;
import org.citizenservices.prescriptions.internal.OrderableCourse;
import org.citizenservices.prescriptions.internal.OrderingRefusal;
import org.citizenservices.prescriptions.internal.Pharmacy;
import org.citizenservices.prescriptions.internal.PharmacyNomination;
import org.citizenservices.prescriptions.internal.PrescriptionOrdering;
import org.citizenservices.prescriptions.internal.RequestStatus;
import org.citizenservices.prescriptions.internal.RequestView;
import org.citizenservices.spi.ApiField;
import org.citizenservices.spi.ApiParameter;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiRequest;
import org.citizenservices.spi.ApiRoute;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.citizenservices.spi.ApiProblem.answering;

/**
 * The prescriptions routes of the patient API contract ({@code docs/patient-api.md}): medications, requests (with
 * cancel) and the nominated pharmacy, plus a pharmacy directory search to choose one from. The host authenticates,
 * checks PRESCRIPTIONS and audits the call; {@link PrescriptionOrdering} and {@link PharmacyNomination} ask again and
 * apply the rules.
 */
public final class PrescriptionsApi {

    public record MedicationCourse(String courseId, @ApiField(example = "Amlodipine") String name,
                         @ApiField(nullable = true, example = "5 mg") String strength,
                         @ApiField(nullable = true, example = "tablets") String form,
                         @ApiField(example = "One a day") String dosage, @ApiField(example = "28") String quantity,
                         CourseType type, int durationDays, boolean canRequest,
                         @ApiField(nullable = true, description = "Why it cannot be requested now, in words to show;"
                                 + " null when it can", example = "Too early: you can order this again from 14 December"
                                 + " 2026.") String reason,
                         @ApiField(nullable = true, description = "The same reason as a code: NO_LONGER_PRESCRIBED,"
                                 + " ONE_OFF (an acute medicine the practice does not take online), ALREADY_REQUESTED"
                                 + " (a request is with the practice), REVIEW_DUE (the prescriber wants a review first:"
                                 + " contact the practice) or TOO_EARLY (issued recently)")
                         OrderingRefusal reasonCode,
                         @ApiField(nullable = true) LocalDate lastIssued) {
    }

    public record MedicationCourses(List<MedicationCourse> courses) {
    }

    public record NewPrescriptionRequest(@NotEmpty List<String> courseIds,
                             @ApiField(example = "Running low") @Size(max = 500) String comment) {
    }

    public record PrescriptionRequest(String requestId, List<String> courseIds, List<String> medicines,
                          @ApiField(nullable = true) String comment,
                          @ApiField(description = "REQUESTED → FORWARDED_FOR_SIGNING → ISSUED (approved) →"
                                  + " READY_TO_COLLECT → COLLECTED, or DISPATCHED, or NOT_DISPENSED; or REJECTED (see"
                                  + " practiceComment) or CANCELLED") RequestStatus status,
                          @ApiField(nullable = true, description = "The practice's answer, once it gives one")
                          String practiceComment, OffsetDateTime requestedAt,
                          OffsetDateTime updatedAt,
                          @ApiField(description = "Each status it reached and when, oldest first") List<ProgressStep>
                                  progress) {
    }

    public record ProgressStep(RequestStatus status, OffsetDateTime at,
                               @ApiField(nullable = true, description = "The pharmacy, for the pharmacy's steps",
                                       example = "Boots, 12 High Street, LS1 1AA") String pharmacy) {
    }

    public record PrescriptionRequests(List<PrescriptionRequest> requests) {
    }

    public record PharmacyChoice(@ApiField(example = "FA123") @NotBlank @Size(max = 10) String odsCode) {
    }

    public record NominatedPharmacy(String odsCode, String name, String address, String postcode, String telephone) {
    }

    public record Pharmacies(List<NominatedPharmacy> pharmacies) {
    }

    private final Supplier<PrescriptionOrdering> ordering;
    private final Supplier<PharmacyNomination> nomination;
    private final Clock practiceClock;

    public PrescriptionsApi(Supplier<PrescriptionOrdering> ordering, Supplier<PharmacyNomination> nomination,
                            Clock practiceClock) {
        this.ordering = ordering;
        this.nomination = nomination;
        this.practiceClock = practiceClock;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("medications", "The patient's current medicines, and whether each can be requested now",
                        "MEDICATIONS_VIEWED", MedicationCourses.class, this::medications).named("listMedications"),
                ApiRoute.post("prescription-requests", "Request repeats of one or more medicines, with a comment",
                        "PRESCRIPTION_REQUEST_SUBMITTED", NewPrescriptionRequest.class, PrescriptionRequest.class,
                                this::request)
                        .named("requestPrescription").answers(404, "There is no such medicine")
                        .answers(409, "A medicine is already requested")
                        .answers(422, "A medicine cannot be requested online now (see its reason)"),
                ApiRoute.get("prescription-requests", "The patient's prescription requests, newest first",
                        "PRESCRIPTION_REQUESTS_VIEWED", PrescriptionRequests.class, this::requests)
                        .named("listPrescriptionRequests"),
                ApiRoute.delete("prescription-requests/{requestId}", "Cancel a request while it is still REQUESTED",
                        "PRESCRIPTION_REQUEST_CANCELLATION", null, this::cancel)
                        .named("cancelPrescriptionRequest")
                        .answers(409, "The practice has already dealt with the request"),
                ApiRoute.get("nominated-pharmacy", "The patient's EPS nominated pharmacy", "NOMINATED_PHARMACY_VIEWED",
                        NominatedPharmacy.class, this::nominated).named("getNominatedPharmacy")
                        .answers(404, "No pharmacy is nominated for this patient"),
                ApiRoute.put("nominated-pharmacy", "Nominate a pharmacy of the directory for electronic prescriptions",
                        "NOMINATED_PHARMACY_CHANGE", PharmacyChoice.class, NominatedPharmacy.class, this::nominate)
                        .named("nominatePharmacy").answers(422, "No pharmacy of the directory has that ODS code"),
                ApiRoute.get("pharmacies", "Search the pharmacy directory by name, street, town, postcode or ODS code",
                                "PHARMACIES_SEARCHED", Pharmacies.class, this::pharmacies).named("searchPharmacies")
                        .withQuery(ApiParameter.optional("search", String.class, "At least two characters")));
    }

    private MedicationCourses medications(ApiRequest request) {
        return new MedicationCourses(answering(() -> ordering.get().courses()).stream()
                .map(PrescriptionsApi::course).toList());
    }

    private PrescriptionRequest request(ApiRequest request) {
        NewPrescriptionRequest body = request.body(NewPrescriptionRequest.class);
        List<Long> ids = new ArrayList<>();
        for (String id : body.courseIds()) {
            ids.add(ApiRequest.id(id, "There is no such medicine to request."));
        }
        return request(answering(() -> ordering.get().request(ids, body.comment())));
    }

    private PrescriptionRequests requests(ApiRequest request) {
        return new PrescriptionRequests(answering(() -> ordering.get().requests()).stream()
                .map(this::request).toList());
    }

    private Object cancel(ApiRequest request) {
        long id = request.pathId("requestId", "There is no such request.");
        answering(() -> ordering.get().cancel(id));
        return null;
    }

    private NominatedPharmacy nominated(ApiRequest request) {
        return answering(() -> nomination.get().nominatedPharmacy()).map(PrescriptionsApi::pharmacy)
                .orElseThrow(() -> ApiProblem.notFound("No pharmacy is nominated for this patient."));
    }

    private NominatedPharmacy nominate(ApiRequest request) {
        PharmacyChoice choice = request.body(PharmacyChoice.class);
        return pharmacy(answering(() -> nomination.get().nominate(choice.odsCode())));
    }

    private Pharmacies pharmacies(ApiRequest request) {
        String search = request.query("search").orElse("");
        return new Pharmacies(answering(() -> nomination.get().searchPharmacies(search)).stream()
                .map(PrescriptionsApi::pharmacy).toList());
    }

    private static MedicationCourse course(OrderableCourse c) {
        return new MedicationCourse(Long.toString(c.courseId()), c.name(), c.strength(), c.form(), c.dosage(),
                c.quantity(),
                c.type(), c.durationDays(), c.canRequest(), c.whyNot(), c.whyNotCode(), c.lastIssued());
    }

    private PrescriptionRequest request(RequestView r) {
        return new PrescriptionRequest(Long.toString(r.requestId()),
                r.courseIds().stream().map(String::valueOf).toList(),
                r.lines().stream().map(RequestView.Line::name).toList(), r.comment(), r.status(),
                r.practiceComment(), offset(r.requestedAt()), offset(r.updatedAt()), r.progress().stream()
                .map(step -> new ProgressStep(step.status(), offset(step.at()), step.pharmacy())).toList());
    }

    private static NominatedPharmacy pharmacy(Pharmacy p) {
        return new NominatedPharmacy(p.odsCode(), p.name(), p.address(), p.postcode(), p.telephone());
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local.atZone(practiceClock.getZone()).toOffsetDateTime();
    }
}
