package org.citizenservices.it;

import org.citizenservices.it.support.DemoApps;
import org.citizenservices.it.support.DemoPracticeHost;
import org.citizenservices.it.support.GpConnectCalls;
import org.citizenservices.it.support.GpConnectCalls.Answer;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.MockNhsLogin;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.CapabilityStatement;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.Slot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.it.support.GpConnectCalls.assertSpine;
import static org.citizenservices.it.support.GpConnectCalls.structuredRecordRequest;

/**
 * GP Connect served by the capability modules, over HTTP with NHS login tokens from a real OpenID Connect provider:
 * the structured record's sections from the record module at the patient's level (never a restricted entry), and
 * Appointments Management from the appointments module — slots with their schedules, practitioners and locations,
 * booking for oneself and as a proxy, reading, cancelling against the version read, and one slot raced through the
 * FHIR and the IM1-style APIs at once. A module removed takes its resources out of {@code metadata} and answers 404.
 */
class GpConnectIT {

    static final MockNhsLogin NHS_LOGIN = new MockNhsLogin();

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModules(Map.of("record", Layout.recordJar(),
                    "appointments", Layout.appointmentsJar(), "prescriptions", Layout.prescriptionsJar()))
            .credentialAttemptsPerMinute(100_000).withNhsLogin(NHS_LOGIN::settings);
    static final DemoApps apps = demo.apps();
    static final GpConnectCalls fhir = new GpConnectCalls(() -> demo.host().port());

    @AfterAll
    static void stop() {
        NHS_LOGIN.shutdown();
    }

    static String jane() {
        return NHS_LOGIN.token("jane", "9990000018", "1985-03-14", "P9", 3600);
    }

    static long patient(String nhs) {
        return demo.host().core().patients().demoPatientId(nhs).orElseThrow();
    }

    @Test
    void givenJanesToken_whenSheAsksForEverySection_thenTheListsHerLevelShows_andNothingRestricted()
            throws Exception {
        Answer answer = fhir.send("POST", "Patient/$gpc.getstructuredrecord", jane(), structuredRecordRequest(
                "9990000018", "includeAllergies", "includeMedication", "includeProblems", "includeImmunizations",
                "includeConsultations", "includeInvestigations"), Map.of());
        assertThat(answer.status()).isEqualTo(200);
        Bundle bundle = answer.as(Bundle.class);
        List<ListResource> lists = resources(bundle, ListResource.class);
        assertThat(lists).extracting(list -> list.getCode().getCodingFirstRep().getCode()).containsExactly(
                "886921000000105", "933361000000108", "717711000000103", "1102181000000102", "1149501000000101",
                "887191000000108");
        assertThat(resources(bundle, OperationOutcome.class)).as("every section served at FULL").isEmpty();
        assertThat(terms(bundle, "AllergyIntolerance")).contains("Allergy to penicillin");
        assertThat(terms(bundle, "Condition")).contains("Asthma", "Essential hypertension")
                .doesNotContain("Termination of pregnancy");
        assertThat(terms(bundle, "Encounter")).hasSize(10).doesNotContain("Domestic abuse concern");
        assertThat(terms(bundle, "Medication")).contains("Ramipril 5mg capsules");
        // Jane's seven filed results; the eighth, not yet filed by a clinician, is never served
        assertThat(terms(bundle, "Observation")).hasSize(7).doesNotContain("Serum vitamin D level");
        // a result with its flag as an interpretation, its range, and the clinician's comment for her
        org.hl7.fhir.dstu3.model.Observation raised = resources(bundle, org.hl7.fhir.dstu3.model.Observation.class)
                .stream().filter(o -> o.getValue().primitiveValue().startsWith("44 ")).findFirst().orElseThrow();
        assertThat(raised.getInterpretation().getCodingFirstRep().getCode()).isEqualTo("H");
        assertThat(raised.getReferenceRangeFirstRep().getText()).isEqualTo("20-41");
        assertThat(raised.getComment()).startsWith("Slightly raised: please book a review");
        assertThat(terms(bundle, "Immunization")).hasSize(1);
        ListResource problems = lists.get(2);
        assertThat(problems.getEntry()).hasSize(terms(bundle, "Condition").size());
        assertThat(problems.getSubject().getReference()).isEqualTo("Patient/" + patient("9990000018"));
    }

    @Test
    void givenASectionsParts_thenTheyNarrowIt_andAPartThatCannotBeReadIs422() throws Exception {
        Bundle recent = record("{\"name\":\"includeConsultations\",\"part\":[{\"name\":"
                + "\"includeNumberOfMostRecent\",\"valueInteger\":3}]},{\"name\":\"includeProblems\",\"part\":"
                + "[{\"name\":\"filterStatus\",\"valueCode\":\"active\"}]}").as(Bundle.class);
        assertThat(terms(recent, "Encounter")).hasSize(3);
        assertThat(terms(recent, "Condition")).containsExactlyInAnyOrder("Asthma", "Essential hypertension");
        Bundle period = record("{\"name\":\"includeConsultations\",\"part\":[{\"name\":"
                + "\"consultationSearchPeriod\",\"valuePeriod\":{\"start\":\"1990-01-01\",\"end\":\"1990-12-31\"}}]}")
                .as(Bundle.class);
        assertThat(terms(period, "Encounter")).isEmpty();
        assertThat(resources(period, ListResource.class)).singleElement()
                .satisfies(list -> assertThat(list.getEmptyReason().getCodingFirstRep().getCode()).isEqualTo("nilknown"));

        assertSpine(record("{\"name\":\"includeProblems\",\"part\":[{\"name\":\"filterStatus\","
                + "\"valueCode\":\"sometimes\"}]}"), 422, "INVALID_PARAMETER");
    }

    private static Answer record(String sections) throws Exception {
        return fhir.send("POST", "Patient/$gpc.getstructuredrecord", jane(), "{\"resourceType\":\"Parameters\","
                + "\"parameter\":[{\"name\":\"patientNHSNumber\",\"valueIdentifier\":{\"system\":"
                + "\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9990000018\"}}," + sections + "]}", Map.of());
    }

    @Test
    void givenJanesDocuments_thenTheReviewedOneIsListedAndOpens_andNoOtherDocumentOrNumber() throws Exception {
        long jane = patient("9990000018");
        Bundle found = fhir.get("documents/Patient/9990000018", jane()).as(Bundle.class);
        assertThat(resources(found, org.hl7.fhir.dstu3.model.Patient.class)).singleElement()
                .satisfies(p -> assertThat(p.getIdElement().getIdPart()).isEqualTo(String.valueOf(jane)));
        Bundle documents = fhir.get("Patient/" + jane + "/DocumentReference?patientNHSNumber=9990000018", jane())
                .as(Bundle.class);
        List<org.hl7.fhir.dstu3.model.DocumentReference> listed = resources(documents,
                org.hl7.fhir.dstu3.model.DocumentReference.class);
        assertThat(listed).extracting(d -> d.getDescription()).containsExactly("Blood test results letter");
        String url = listed.get(0).getContentFirstRep().getAttachment().getUrl();
        assertThat(url).startsWith("http://localhost:" + demo.host().port() + "/FHIR/STU3/documents/Binary/");
        String binary = url.substring(url.indexOf("documents/"));
        var file = fhir.get(binary + "?patientNHSNumber=9990000018", jane()).as(org.hl7.fhir.dstu3.model.Binary.class);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(file.getContent(), 0, 4)).isEqualTo("%PDF");

        assertSpine(fhir.get(binary + "?patientNHSNumber=9990000026", jane()), 400, "INVALID_NHS_NUMBER");
        assertSpine(fhir.get(binary, jane()), 422, "INVALID_PARAMETER");
        assertSpine(fhir.get("documents/Binary/999999?patientNHSNumber=9990000018", jane()), 404, "NO_RECORD_FOUND");
        assertSpine(fhir.get("Patient/" + patient("9990000026") + "/DocumentReference?patientNHSNumber=9990000026",
                jane()), 403, "ACCESS_DENIED");
        assertSpine(fhir.get("documents/Patient/9990000069", jane()), 403, "ACCESS_DENIED");
        assertSpine(fhir.get("documents/Patient/9990000017", jane()), 400, "INVALID_NHS_NUMBER");
    }

    @Test
    void givenJanesRepeats_whenSheAsksForOneThroughPrescriptionsManagement_thenATaskFollowsIt_andSamsAreNotHers()
            throws Exception {
        var plans = fhir.get("R4/Patient/9990000018/MedicationRequest?intent=plan", jane())
                .as(org.hl7.fhir.r4.model.Bundle.class);
        List<org.hl7.fhir.r4.model.MedicationRequest> medicines = plans.getEntry().stream()
                .map(e -> (org.hl7.fhir.r4.model.MedicationRequest) e.getResource()).toList();
        assertThat(medicines).extracting(m -> m.getMedicationCodeableConcept().getText())
                .anySatisfy(name -> assertThat(name).startsWith("Ramipril"));
        assertThat(medicines).allSatisfy(m -> assertThat(m.getIntent())
                .isEqualTo(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent.PLAN));
        String ramipril = medicines.stream().filter(m -> m.getMedicationCodeableConcept().getText()
                .startsWith("Ramipril")).findFirst().orElseThrow().getIdElement().getIdPart();

        Answer made = fhir.send("POST", "R4/Task", jane(), task(ramipril, "9990000018"), Map.of());
        assertThat(made.status()).isEqualTo(201);
        var task = made.as(org.hl7.fhir.r4.model.Task.class);
        assertThat(task.getStatus()).isEqualTo(org.hl7.fhir.r4.model.Task.TaskStatus.REQUESTED);
        assertThat(made.headers().get("Location")).endsWith("/FHIR/R4/Task/" + task.getIdElement().getIdPart());
        assertSpine(fhir.send("POST", "R4/Task", jane(), task(ramipril, "9990000018"), Map.of()), 409,
                "DUPLICATE_REJECTED");

        var followed = fhir.get("R4/Task?patient=9990000018&_include=Task:focus:MedicationRequest", jane())
                .as(org.hl7.fhir.r4.model.Bundle.class);
        assertThat(followed.getEntry()).extracting(e -> e.getResource().fhirType()).contains("Task",
                "MedicationRequest");
        assertThat(followed.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(task.getIdElement().getIdPart(), ramipril);

        assertSpine(fhir.get("R4/Patient/9990000026/MedicationRequest", jane()), 403, "ACCESS_DENIED");
        assertSpine(fhir.send("POST", "R4/Task", jane(), task(ramipril, "9990000026"), Map.of()), 403,
                "ACCESS_DENIED");
        assertSpine(fhir.get("R4/Task", jane()), 422, "INVALID_PARAMETER");
        assertSpine(fhir.send("POST", "R4/Task", jane(), "{\"resourceType\":\"Task\",\"status\":\"requested\","
                + "\"intent\":\"order\"}", Map.of()), 422, "INVALID_RESOURCE");
        var metadata = fhir.get("R4/metadata", null).as(org.hl7.fhir.r4.model.CapabilityStatement.class);
        assertThat(metadata.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .containsExactlyInAnyOrder("MedicationRequest", "Task");
    }

    @Test
    void givenJanesToken_thenUserPermissionsSayWhatSheAndSamsProxyMaySee_inPlainJson() throws Exception {
        var jane = permissions("9990000018");
        assertThat(jane.statusCode()).isEqualTo(200);
        assertThat(jane.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(jane.body());
        assertThat(answer.at("/medicalRecord/current/accessLevel").asText()).isEqualTo("full");
        assertThat(answer.at("/medicalRecord/effectiveDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(answer.at("/prescriptions/accessLevel").asText()).isEqualTo("manage");
        var sam = new com.fasterxml.jackson.databind.ObjectMapper().readTree(permissions("9990000026").body());
        assertThat(sam.at("/medicalRecord/current/accessLevel").asText()).isEqualTo("summary");
        assertThat(sam.at("/prescriptions/accessLevel").asText()).as("Jane is not registered for his prescriptions")
                .isEqualTo("none");
        var rita = permissions("9990000069");
        assertThat(rita.statusCode()).isEqualTo(404);
        assertThat(rita.body()).contains("PATIENT_NOT_FOUND").contains("lastUpdated");
        assertThat(permissions("9990000017").statusCode()).isEqualTo(400);
    }

    private static java.net.http.HttpResponse<String> permissions(String nhsNumber) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + demo.host().port() + "/user-permissions/Patient/"
                                + nhsNumber)).header("Authorization", "Bearer " + jane()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** NHS England's published requests, with our patient's NHS number and our ids in place of theirs. */
    @Test
    void givenTheSpecificationsOwnRequests_withJanesNumberAndOurIds_thenEachIsServed() throws Exception {
        Answer record = fhir.send("POST", "Patient/$gpc.getstructuredrecord", jane(),
                example("access-record/structured-record-request-full.json"), Map.of());
        assertThat(record.status()).isEqualTo(200);
        assertThat(resources(record.as(Bundle.class), ListResource.class)).hasSize(6);

        Slot slot = resources(slots(jane(), false).as(Bundle.class), Slot.class).get(3);
        Answer booked = fhir.send("POST", "Appointment", jane(), appointment(slot.getIdElement().getIdPart(),
                patient("9990000018")), Map.of());
        Appointment appointment = booked.as(Appointment.class);
        String cancel = example("appointments/cancel-appointment-request.json")
                .replace("\"id\": \"9\"", "\"id\": \"" + appointment.getIdElement().getIdPart() + "\"")
                .replace("636068818095315079", appointment.getMeta().getVersionId())
                .replace("Patient/9990000018", "Patient/" + patient("9990000018"));
        Answer cancelled = fhir.send("PUT", "Appointment/" + appointment.getIdElement().getIdPart(), jane(), cancel,
                Map.of("If-Match", booked.headers().get("ETag")));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.as(Appointment.class).getExtension().get(0).getValue().primitiveValue())
                .isEqualTo("Free text cancellation reason.");

        String clenil = fhir.get("R4/Patient/9990000018/MedicationRequest?intent=plan", jane())
                .as(org.hl7.fhir.r4.model.Bundle.class).getEntry().stream()
                .map(e -> (org.hl7.fhir.r4.model.MedicationRequest) e.getResource())
                .filter(m -> m.getMedicationCodeableConcept().getText().startsWith("Clenil")).findFirst()
                .orElseThrow().getIdElement().getIdPart();
        Answer task = fhir.send("POST", "R4/Task", jane(), example("prescriptions/task-request.json")
                .replace("b269d1d7-1acf-47bb-8b3c-e38b583d9a07", clenil), Map.of());
        assertThat(task.status()).isEqualTo(201);
        assertSpine(fhir.send("POST", "R4/Task", jane(), example("prescriptions/task-request.json"), Map.of()), 422,
                "REFERENCE_NOT_FOUND");
    }

    /** A published example (platform/host's test resources), NHS England's test patient replaced by Jane. */
    private static String example(String name) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("..", "platform", "host", "src", "test",
                "resources", "gp-connect-examples", name)).replace("9000000009", "9990000018");
    }

    private static String task(String planId, String nhsNumber) {
        return "{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\",\"code\":{\"coding\":"
                + "[{\"system\":\"http://snomed.info/sct\",\"code\":\"103742009\",\"display\":\"Renewal of "
                + "prescription\"}]},\"focus\":{\"reference\":\"MedicationRequest/" + planId + "\"},\"for\":{"
                + "\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"" + nhsNumber
                + "\"}},\"note\":[{\"authorString\":\"Patient\",\"text\":\"Running low\"}]}";
    }

    @Test
    void givenSamAtSummary_whenJaneAsksForHisImmunisations_thenAWarning_andNoneOfThem() throws Exception {
        Answer answer = fhir.send("POST", "Patient/$gpc.getstructuredrecord", jane(), structuredRecordRequest(
                "9990000026", "includeAllergies", "includeImmunizations"), Map.of());
        assertThat(answer.status()).isEqualTo(200);
        Bundle bundle = answer.as(Bundle.class);
        assertThat(terms(bundle, "AllergyIntolerance")).containsExactly("Allergy to peanuts");
        assertThat(terms(bundle, "Immunization")).isEmpty();
        assertThat(resources(bundle, OperationOutcome.class)).singleElement().satisfies(warning -> {
            assertThat(warning.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
            assertThat(warning.getIssueFirstRep().getDiagnostics()).isEqualTo("includeImmunizations");
        });
    }

    @Test
    void givenFreeSlots_whenJaneSearches_thenSlotsWithTheirSchedulesPractitionersAndLocations() throws Exception {
        Bundle found = slots(jane(), true).as(Bundle.class);
        assertThat(found.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        List<Slot> slots = resources(found, Slot.class);
        assertThat(slots).isNotEmpty().allSatisfy(slot -> assertThat(slot.getStatus()).isEqualTo(Slot.SlotStatus.FREE));
        assertThat(found.getTotal()).isEqualTo(slots.size());
        assertThat(found.getEntry()).filteredOn(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
                .extracting(e -> e.getResource().fhirType()).contains("Schedule", "Practitioner", "Location");
        assertThat(found.getEntry()).extracting(e -> e.getFullUrl()).allSatisfy(url -> assertThat(url)
                .startsWith("http://localhost:" + demo.host().port() + "/FHIR/STU3/"));
        assertThat(resources(slots(jane(), false).as(Bundle.class), Resource.class))
                .allSatisfy(resource -> assertThat(resource.fhirType()).isEqualTo("Slot"));
        for (Bundle.BundleEntryComponent included : found.getEntry()) {
            Resource resource = included.getResource();
            if (resource.fhirType().equals("Practitioner") || resource.fhirType().equals("Location")) {
                Answer read = fhir.get(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), jane());
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.resource().getIdElement().getIdPart()).isEqualTo(resource.getIdElement().getIdPart());
            }
        }
        assertSpine(fhir.get("Practitioner/999999", jane()), 404, "NO_RECORD_FOUND");
        assertSpine(fhir.get("Location/loc-nowhere", jane()), 404, "NO_RECORD_FOUND");

        String from = LocalDate.now().plusDays(2).toString();
        assertSpine(fhir.get("Slot?start=ge" + from + "&end=le" + from, jane()), 422, "INVALID_PARAMETER");
        assertSpine(fhir.get("Slot?start=ge" + from + "&end=le" + LocalDate.now().plusDays(30) + "&status=free",
                jane()), 422, "INVALID_PARAMETER");
        assertSpine(fhir.get("Slot?status=free", jane()), 422, "INVALID_PARAMETER");
    }

    @Test
    void givenAFreeSlot_whenJaneBooksReadsAndCancelsIt_thenEachAsTheSpecSays_andAStaleVersionIsRefused()
            throws Exception {
        Slot slot = resources(slots(jane(), false).as(Bundle.class), Slot.class).get(0);
        long jane = patient("9990000018");
        Answer booked = fhir.send("POST", "Appointment", jane(), appointment(slot.getIdElement().getIdPart(), jane),
                Map.of());
        assertThat(booked.status()).isEqualTo(201);
        Appointment appointment = booked.as(Appointment.class);
        String id = appointment.getIdElement().getIdPart();
        assertThat(appointment.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(booked.headers().get("Location")).endsWith("/FHIR/STU3/Appointment/" + id + "/_history/"
                + appointment.getMeta().getVersionId());
        assertThat(booked.headers().get("ETag")).isEqualTo("W/\"" + appointment.getMeta().getVersionId() + "\"");

        assertSpine(fhir.send("POST", "Appointment", jane(), appointment(slot.getIdElement().getIdPart(), jane),
                Map.of()), 409, "DUPLICATE_REJECTED");
        assertSpine(fhir.send("POST", "Appointment", jane(), "{\"resourceType\":\"Appointment\",\"slot\":{}}",
                Map.of()), 422, "INVALID_RESOURCE");
        assertSpine(fhir.send("POST", "Appointment", jane(), "{\"resourceType\":\"Slot\"}", Map.of()), 422,
                "INVALID_RESOURCE");
        Answer read = fhir.get("Appointment/" + id, jane());
        assertThat(read.as(Appointment.class).getDescription()).isEqualTo("Cough for three weeks");
        assertThat(resources(fhir.get("Patient/" + jane + "/Appointment", jane()).as(Bundle.class),
                Appointment.class)).extracting(a -> a.getIdElement().getIdPart()).contains(id);

        String cancel = cancellation(id);
        assertSpine(fhir.send("PUT", "Appointment/" + id, jane(), cancel, Map.of("If-Match", "W/\"stale\"")), 409,
                "CONFLICT");
        assertSpine(fhir.send("PUT", "Appointment/" + id, jane(), cancel.replace("cancelled", "booked"),
                Map.of()), 422, "INVALID_RESOURCE");
        Answer cancelled = fhir.send("PUT", "Appointment/" + id, jane(), cancel, Map.of("If-Match",
                booked.headers().get("ETag")));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.as(Appointment.class).getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(cancelled.as(Appointment.class).getMeta().getVersionId())
                .isNotEqualTo(appointment.getMeta().getVersionId());
        assertThat(demo.host().core().audit().withAction("APPOINTMENT_BOOKED", 50))
                .anySatisfy(event -> assertThat(event.source()).startsWith("NHS login app: nhs-app"));
    }

    @Test
    void givenJaneAsSamsProxy_thenSheBooksAndReadsForHim_butNotForRita() throws Exception {
        Slot slot = resources(slots(jane(), false).as(Bundle.class), Slot.class).get(1);
        long sam = patient("9990000026");
        long rita = patient("9990000069");
        Answer booked = fhir.send("POST", "Appointment", jane(), appointment(slot.getIdElement().getIdPart(), sam),
                Map.of());
        assertThat(booked.status()).isEqualTo(201);
        String id = booked.as(Appointment.class).getIdElement().getIdPart();
        assertThat(booked.as(Appointment.class).getParticipantFirstRep().getActor().getReference())
                .isEqualTo("Patient/" + sam);
        assertThat(fhir.get("Appointment/" + id, jane()).status()).isEqualTo(200);
        assertThat(fhir.get("Patient/" + sam + "/Appointment", jane()).status()).isEqualTo(200);

        assertSpine(fhir.send("POST", "Appointment", jane(), appointment(slot.getIdElement().getIdPart(), rita),
                Map.of()), 403, "ACCESS_DENIED");
        assertSpine(fhir.get("Patient/" + rita + "/Appointment", jane()), 403, "ACCESS_DENIED");
        String stranger = NHS_LOGIN.token("arthur", "9990000042", "1941-11-02", "P9", 3600);
        assertSpine(fhir.get("Appointment/" + id, stranger), 404, "NO_RECORD_FOUND");
        assertThat(fhir.send("PUT", "Appointment/" + id, jane(), cancellation(id), Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void givenOneSlot_whenBookedThroughBothApisAtOnce_thenExactlyOneBookingStands() throws Exception {
        Slot slot = resources(slots(jane(), false).as(Bundle.class), Slot.class).get(2);
        String slotId = slot.getIdElement().getIdPart();
        String body = appointment(slotId, patient("9990000018"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Integer> booking = i % 2 == 0
                        ? () -> fhir.send("POST", "Appointment", jane(), body, Map.of()).status()
                        : () -> apps.call("POST", "/patients/" + apps.arthur() + "/appointments", apps.carolToken(),
                        "{\"slotId\":\"" + slotId + "\"}").status();
                answers.add(pool.submit(() -> {
                    go.await();
                    return booking.call();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status != 201).containsOnly(409);
        } finally {
            pool.shutdownNow();
        }
        // Jane may book two at most: a booking of hers that won is cancelled for the other tests
        for (Appointment won : resources(fhir.get("Patient/" + patient("9990000018") + "/Appointment", jane())
                .as(Bundle.class), Appointment.class)) {
            if (won.getStatus() == Appointment.AppointmentStatus.BOOKED
                    && won.getSlotFirstRep().getReference().equals("Slot/" + slotId)) {
                String id = won.getIdElement().getIdPart();
                assertThat(fhir.send("PUT", "Appointment/" + id, jane(), cancellation(id), Map.of()).status())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void givenTheAppointmentsModuleRemoved_thenItsResourcesLeaveMetadata_andAnswer404_untilItIsBack()
            throws Exception {
        CapabilityStatement before = fhir.get("metadata", null).as(CapabilityStatement.class);
        assertThat(before.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .contains("Patient", "Organization", "Slot", "Appointment");
        assertThat(before.getRestFirstRep().getOperationFirstRep().getDefinition().getDisplay())
                .contains("includeAllergies", "includeMedication");

        demo.remove("appointments");
        try {
            CapabilityStatement after = fhir.get("metadata", null).as(CapabilityStatement.class);
            assertThat(after.getRestFirstRep().getResource()).extracting(r -> r.getType())
                    .doesNotContain("Slot", "Appointment");
            assertSpine(slots(jane(), false), 404, "NO_RECORD_FOUND");
        } finally {
            demo.deploy("appointments", Layout.appointmentsJar());
        }
        assertThat(slots(jane(), false).status()).isEqualTo(200);
    }

    private static Answer slots(String token, boolean includes) throws Exception {
        LocalDate from = LocalDate.now().plusDays(2);
        return fhir.get("Slot?start=ge" + from + "&end=le" + from.plusDays(7) + "&status=free"
                + (includes ? "&_include=Slot:schedule&_include:recurse=Schedule:actor:Practitioner"
                + "&_include:recurse=Schedule:actor:Location" : ""), token);
    }

    private static String appointment(String slotId, long patientId) {
        return "{\"resourceType\":\"Appointment\",\"status\":\"booked\",\"description\":\"Cough for three weeks\","
                + "\"slot\":[{\"reference\":\"Slot/" + slotId + "\"}],\"participant\":[{\"actor\":{\"reference\":"
                + "\"Patient/" + patientId + "\"},\"status\":\"accepted\"}]}";
    }

    private static String cancellation(String id) {
        return "{\"resourceType\":\"Appointment\",\"id\":\"" + id + "\",\"status\":\"cancelled\",\"extension\":[{"
                + "\"url\":\"https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellation"
                + "Reason-1\",\"valueString\":\"Feeling better\"}],\"participant\":[{\"status\":\"accepted\"}]}";
    }

    private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    /** The words of every resource of a type in the Bundle, by its code (or vaccine, or encounter type). */
    private static List<String> terms(Bundle bundle, String type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r.fhirType().equals(type)).map(GpConnectIT::term).toList();
    }

    private static String term(Resource r) {
        if (r instanceof org.hl7.fhir.dstu3.model.AllergyIntolerance a) {
            return a.getCode().getText();
        } else if (r instanceof org.hl7.fhir.dstu3.model.Condition c) {
            return c.getCode().getText();
        } else if (r instanceof org.hl7.fhir.dstu3.model.Medication m) {
            return m.getCode().getText();
        } else if (r instanceof org.hl7.fhir.dstu3.model.Immunization i) {
            return i.getVaccineCode().getText();
        } else if (r instanceof org.hl7.fhir.dstu3.model.Encounter e) {
            return e.getTypeFirstRep().getText();
        } else if (r instanceof org.hl7.fhir.dstu3.model.Observation o) {
            return o.getCode().getText();
        }
        return r.getId();
    }
}
