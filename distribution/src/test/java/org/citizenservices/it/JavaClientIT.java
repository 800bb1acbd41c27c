package org.citizenservices.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.client.ApiClient;
import org.citizenservices.client.ApiException;
import org.citizenservices.client.api.AppointmentsApi;
import org.citizenservices.client.api.LinkageAndSessionsApi;
import org.citizenservices.client.api.MessagesApi;
import org.citizenservices.client.api.RepeatPrescriptionsApi;
import org.citizenservices.client.api.ViewRecordApi;
import org.citizenservices.client.model.Appointment;
import org.citizenservices.client.model.BookRequest;
import org.citizenservices.client.model.ConversationMessages;
import org.citizenservices.client.model.LinkageRequest;
import org.citizenservices.client.model.MedicationCourse;
import org.citizenservices.client.model.NewConversation;
import org.citizenservices.client.model.NewPrescriptionRequest;
import org.citizenservices.client.model.PatientLink;
import org.citizenservices.client.model.PatientRecord;
import org.citizenservices.client.model.Problem;
import org.citizenservices.client.model.SessionRequest;
import org.citizenservices.client.model.SessionResponse;
import org.citizenservices.client.model.Slot;
import org.citizenservices.it.support.DemoLetters;
import org.citizenservices.it.support.DemoPracticeHost;
import org.citizenservices.it.support.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client generated from {@code docs/api/openapi.json} ({@code clients/java}), used as a third-party app
 * would use it against a running practice with the four modules: link with a registration letter, open a session,
 * and work for oneself and as a proxy — every answer read into the generated types, nulls included, and every
 * refusal a typed {@link Problem}.
 */
class JavaClientIT {

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModules(Map.of("appointments", Layout.appointmentsJar(),
            "record", Layout.recordJar(), "prescriptions", Layout.prescriptionsJar(), "messaging",
            Layout.messagingJar()));
    static ApiClient client;
    static SessionResponse jane;

    @BeforeAll
    static void linkAndOpenASession() throws Exception {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + demo.host().port() + "/api/v1");
        // linkage and new sessions show the app's registered credentials; everything else the session's token
        client.setRequestInterceptor(request -> request.header("Authorization", DemoLetters.APP_AUTHORIZATION));
        LinkageAndSessionsApi sessions = new LinkageAndSessionsApi(client);
        String identity = sessions.createLinkage(new LinkageRequest().accountId("DEMO100001")
                .linkageKey("Rv7Kq2Xm9Tz4Wp8L").odsCode("Y99999").surname("Demo")
                .dateOfBirth(LocalDate.of(1985, 3, 14))).getAccessIdentity();
        jane = sessions.openSession(new SessionRequest().accessIdentity(identity));
        String token = jane.getSessionToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void theSession_namesJaneAndSam_withTheirServicesAndLevels() {
        assertThat(jane.getUser().getName()).isEqualTo("Jane Demo");
        assertThat(jane.getPatients()).extracting(PatientLink::getName).contains("Jane Demo", "Sam Demo");
        PatientLink sam = patient("Sam Demo");
        assertThat(sam.getAssociationType()).isEqualTo(PatientLink.AssociationTypeEnum.PROXY);
        assertThat(sam.getRecordAccessLevel()).isEqualTo(PatientLink.RecordAccessLevelEnum.SUMMARY);
    }

    @Test
    void janeBooksAFreeSlot_seesIt_andCancelsIt() throws Exception {
        AppointmentsApi appointments = new AppointmentsApi(client);
        String self = patient("Jane Demo").getPatientLinkId();
        // a slot beyond the practice's 24-hour cancellation cut-off, whatever the time of day the test runs
        Slot slot = appointments.listFreeSlots(self, null, null, null, null, null).getSlots().stream()
                .filter(free -> free.getStart().isAfter(java.time.OffsetDateTime.now().plusHours(48))).findFirst()
                .orElseThrow();

        Appointment booked = appointments.bookAppointment(self, new BookRequest().slotId(slot.getSlotId()));
        assertThat(booked.getReason()).isNull();
        assertThat(appointments.listAppointments(self, false).getAppointments())
                .extracting(Appointment::getAppointmentId).contains(booked.getAppointmentId());

        ApiException taken = catchThrowableOfType(ApiException.class,
                () -> appointments.bookAppointment(self, new BookRequest().slotId(slot.getSlotId())));
        assertThat(taken.getCode()).isEqualTo(409);
        Problem problem = client.getObjectMapper().readValue(taken.getResponseBody(), Problem.class);
        assertThat(problem.getDetail()).isNotBlank();

        appointments.cancelAppointment(self, booked.getAppointmentId(), null);
        assertThat(appointments.listAppointments(self, false).getAppointments())
                .extracting(Appointment::getAppointmentId).doesNotContain(booked.getAppointmentId());
    }

    @Test
    void janeReadsHerRecord_andSamsAtHisSummaryLevel() throws Exception {
        ViewRecordApi record = new ViewRecordApi(client);
        PatientRecord hers = record.readRecord(patient("Jane Demo").getPatientLinkId(), null, null, null, null);
        assertThat(hers.getStatement()).isNotBlank();
        assertThat(hers.getItems()).isNotEmpty();
        PatientRecord his = record.readRecord(patient("Sam Demo").getPatientLinkId(), null, null, null, null);
        assertThat(his.getAccessLevel()).isEqualTo(PatientRecord.AccessLevelEnum.SUMMARY);
        assertThat(his.getItems()).allSatisfy(item -> assertThat(item.getFreeText()).isNull());
    }

    @Test
    void janeOrdersARepeat_andWritesToThePractice() throws Exception {
        RepeatPrescriptionsApi prescriptions = new RepeatPrescriptionsApi(client);
        String self = patient("Jane Demo").getPatientLinkId();
        MedicationCourse orderable = prescriptions.listMedications(self).getCourses().stream()
                .filter(MedicationCourse::getCanRequest).findFirst().orElseThrow();
        assertThat(prescriptions.requestPrescription(self, new NewPrescriptionRequest()
                .addCourseIdsItem(orderable.getCourseId()).comment("Running low")).getMedicines())
                .contains(orderable.getName());

        ConversationMessages started = new MessagesApi(client).startConversation(self,
                new NewConversation().subject("Fit note").body("Could I have a fit note for last week?"));
        assertThat(started.getMessages()).hasSize(1);
        assertThat(started.getMessages().get(0).getReadAt()).isNull();
    }

    @Test
    void aMissingField_isA400ProblemTheAppCanShow() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> new MessagesApi(client)
                .startConversation(patient("Jane Demo").getPatientLinkId(), new NewConversation().subject("No body")));
        assertThat(refused.getCode()).isEqualTo(400);
        Problem problem = new ObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getDetail()).contains("body");
    }

    private static PatientLink patient(String name) {
        return jane.getPatients().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }
}
