package org.citizenservices.core.demo;

import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.VuaDetails;
import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.core.api.access.ServiceAvailability;
import org.citizenservices.core.api.vua.VuaStatus;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.api.vua.AccountDetails;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.internal.vua.PatientAssociation;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.spi.CitizenService.APPOINTMENTS;
import static org.citizenservices.spi.CitizenService.MESSAGING;
import static org.citizenservices.spi.CitizenService.PRESCRIPTIONS;
import static org.citizenservices.spi.CitizenService.RECORD;

/** The demo practice holds exactly the values of docs/demo-data.md, which acceptance checks rely on. */
class DemoPracticeTest {

    @TempDir
    static Path dir;
    static CoreFixture fixture;
    static StaffMember manager;

    @BeforeAll
    static void seed() {
        fixture = new CoreFixture(dir);
        fixture.core.seedDemoPeople().orElseThrow().run();
        manager = fixture.core.staffSignIn().signIn("manager", DemoPractice.STAFF_PASSWORD);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private Vua account(String accountId) {
        return (Vua) fixture.core.accounts().search(manager, accountId).get(0);
    }

    private AccountDetails details(String accountId) {
        return fixture.core.accounts().details(manager, account(accountId).id());
    }

    private Patient patient(String nhs) {
        return (Patient) fixture.core.patients().byNhsNumber(manager.practiceId(), new NhsNumber(nhs));
    }

    @Test
    void givenASecondStart_thenNothingIsSeededTwice() {
        assertThat(fixture.core.seedDemoPeople()).isEmpty();
    }

    @Test
    void thePracticeHasAllFourServicesAndTheBookingSettings() {
        Practice practice = fixture.practices().byOdsCode(new OdsCode("Y99999")).orElseThrow();
        assertThat(practice.name()).isEqualTo("Riverside Medical Practice");
        assertThat(fixture.practices().enabledFor(practice.id()))
                .containsExactlyInAnyOrderElementsOf(PracticeServicesService.GUIDANCE_SERVICES);
        assertThat(practice.settings()).containsEntry("appointments.maxFutureAppointments", "2");
    }

    @Test
    void theThreeStaffSignInWithTheirRoles() {
        assertThat(fixture.core.staffSignIn().signIn("reception", "Practice-Demo-2026!").roles())
                .containsExactly(StaffRole.RECEPTIONIST);
        assertThat(fixture.core.staffSignIn().signIn("drpatel", "Practice-Demo-2026!").roles())
                .containsExactly(StaffRole.CLINICIAN);
        assertThat(manager.roles()).containsExactly(StaffRole.PRACTICE_ADMIN);
        assertThat(manager.odsCode()).isEqualTo("Y99999");
    }

    @Test
    void janeIsActive_signsIn_andActsForHerselfSamAndLily() {
        Patient jane = patient("9990000018");
        assertThat(jane.displayName()).isEqualTo("Jane Demo");
        assertThat(jane.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(jane.recordAccessLevel()).isEqualTo(RecordAccessLevel.FULL);
        assertThat(details("DEMO100001").account().status()).isEqualTo(VuaStatus.ACTIVE);

        SignedInCitizen signedIn = fixture.core.citizens().signIn("jane.demo", "Portal-Demo-2026!");
        List<PatientChoice> actingFor = fixture.core.citizens().actingFor(signedIn);

        assertThat(actingFor).extracting(PatientChoice::displayName).containsExactly("Jane Demo", "Lily Demo", "Sam Demo");
        assertThat(actingFor.get(0).type()).isEqualTo(AssociationType.SELF);
        Set<CitizenService> all = Set.of(APPOINTMENTS, PRESCRIPTIONS, MESSAGING, RECORD);
        assertThat(available(signedIn, actingFor.get(0))).containsExactlyInAnyOrderElementsOf(all);
        assertThat(available(signedIn, actingFor.get(1))).containsExactly(APPOINTMENTS);
        assertThat(available(signedIn, actingFor.get(2))).containsExactlyInAnyOrder(APPOINTMENTS, RECORD);
        assertThat(actingFor.get(2).relationship()).isEqualTo(Relationship.MOTHER);
    }

    private Set<CitizenService> available(SignedInCitizen citizen, PatientChoice patient) {
        return fixture.core.access().availableServices(citizen, patient.patientId(), PracticeServicesService.GUIDANCE_SERVICES);
    }

    @Test
    void samHasTheSummaryLevel_andLilyIsFlaggedForThe11PlusReview() {
        assertThat(patient("9990000026").recordAccessLevel()).isEqualTo(RecordAccessLevel.SUMMARY);
        assertThat(patient("9990000026").dateOfBirth()).isEqualTo(LocalDate.of(2019, 6, 2));
        List<? extends PatientAssociationDetails> due = fixture.core.associations().reviewsDue(manager);
        assertThat(due).extracting(a -> a.patient().displayName()).containsExactly("Lily Demo");
    }

    @Test
    void carolIsArthursCarer_withAllFourServices_andNoOwnPatient() {
        AccountDetails carol = details("DEMO100002");
        assertThat(carol.account().name().familyName()).isEqualTo("Carer");
        assertThat(carol.account().dateOfBirth()).isEqualTo(LocalDate.of(1970, 7, 7));
        assertThat(carol.associations()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AssociationType.PROXY);
            assertThat(a.relationship()).isEqualTo(Relationship.CARER);
            assertThat(a.patient().displayName()).isEqualTo("Arthur Elder");
            assertThat(a.patient().dateOfBirth()).isEqualTo(LocalDate.of(1941, 11, 2));
            assertThat(a.services()).containsExactlyInAnyOrder(APPOINTMENTS, PRESCRIPTIONS, MESSAGING, RECORD);
        });
    }

    @Test
    void carolsLetterDetailsMatch_forAnAppWithThePracticeCode() {
        long vuaId = fixture.core.linkageCheck().verify(new LinkageDetails("DEMO100002", "Hp4Wn8Qz3Rk7Xt2M", "Carer",
                LocalDate.of(1970, 7, 7), "Y99999"), org.citizenservices.core.api.service.Actor.system(null));
        assertThat(vuaId).isEqualTo(account("DEMO100002").id());
    }

    @Test
    void tomIsInactiveWithoutIdentityVerification() {
        AccountDetails tom = details("DEMO100003");
        assertThat(tom.account().status()).isEqualTo(VuaStatus.INACTIVE);
        assertThat(tom.identityVerifications()).isEmpty();
        assertThat(tom.associations().get(0).patient().nhsNumber().value()).isEqualTo("9990000050");
    }

    @Test
    void ritaLeft_andHerFormerAccountRevertedToInactive() {
        Patient rita = patient("9990000069");
        assertThat(rita.registrationStatus()).isEqualTo(RegistrationStatus.LEFT);
        AccountDetails account = details("DEMO100004");
        assertThat(account.account().status()).isEqualTo(VuaStatus.INACTIVE);
        assertThat(account.associations().get(0).endDate()).isNotNull();
        SignedInCitizen signedIn = fixture.core.citizens().signIn("rita.left", "Portal-Demo-2026!");
        assertThat(fixture.core.access().decide(signedIn, rita.id(), APPOINTMENTS))
                .contains(ServiceAvailability.Denial.ACCOUNT_INACTIVE);
    }

    @Test
    void aboutTwentyFurtherPatientsMakeSearchesLookReal() {
        assertThat(fixture.core.patients().search(manager, "Smith")).hasSize(2);
        assertThat(fixture.core.patients().search(manager, "Hussain")).extracting(PatientDetails::displayName)
                .containsExactly("Aisha Hussain", "Mohammed Hussain");
        long count = fixture.core.transactions().read(em ->
                em.createQuery("select count(p) from Patient p", Long.class).getSingleResult());
        assertThat(count).isEqualTo(26);
        assertThat(fixture.core.patients().search(manager, "999 000 0018")).extracting(PatientDetails::displayName)
                .containsExactly("Jane Demo");
    }
}
