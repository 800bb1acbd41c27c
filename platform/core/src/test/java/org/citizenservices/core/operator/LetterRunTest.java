package org.citizenservices.core.operator;

import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.RecordAccessLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code admin linkage issue}: the registration letter for a patient a named member of staff verified, which the
 * patient then sets up their portal sign-in with; a second run gives a new key to the same account.
 */
class LetterRunTest extends OneCorePerClass {

    static final Provisioning.Operator OPERATOR = new Provisioning.Operator("ops");

    @Test
    void givenARegisteredPatient_whenTheLetterIsRun_thenTheyCanSetUpTheirAccountAtTheLevelGiven() {
        Practice practice = fixture.practice();
        Patient patient = fixture.patient(practice, "Okafor", LocalDate.of(1961, 5, 9));
        fixture.core.provisioning().addStaff(OPERATOR, new Provisioning.NewStaffUser(practice.odsCode().value(),
                "rita.reception", "Rita Reception", "rita@example.nhs.uk", StaffRole.RECEPTIONIST));

        fixture.core.provisioning().addStaff(OPERATOR, new Provisioning.NewStaffUser(practice.odsCode().value(),
                "dr.okoye", "Dr Ada Okoye", "ada@example.nhs.uk", StaffRole.CLINICIAN));
        assertThatThrownBy(() -> fixture.core.provisioning().issueLinkage(OPERATOR, new Provisioning.LinkageRun(
                practice.odsCode().value(), patient.nhsNumber().value(), "rita.reception", "vouching", null,
                RecordAccessLevel.FULL))).as("a record level is a clinician's decision")
                .isInstanceOf(org.citizenservices.core.api.service.RuleViolationException.class);

        Provisioning.IssuedLinkage issued = fixture.core.provisioning().issueLinkage(OPERATOR,
                new Provisioning.LinkageRun(practice.odsCode().value(), patient.nhsNumber().value(),
                        "dr.okoye", "vouching", null, RecordAccessLevel.DETAILED_CODED));

        assertThat(issued.newAccount()).isTrue();
        assertThat(issued.odsCode()).isEqualTo(practice.odsCode().value());
        fixture.core.citizens().register(new LinkageDetails(issued.accountId(), issued.linkageKey(), "Okafor",
                LocalDate.of(1961, 5, 9), issued.odsCode()), "okafor.pat", "Correct-Horse-Battery");
        SignedInCitizen citizen = fixture.core.citizens().signIn("okafor.pat", "Correct-Horse-Battery");
        assertThat(citizen.accountId()).isEqualTo(issued.accountId());
        assertThat(levelOf(patient))
                .isEqualTo(RecordAccessLevel.DETAILED_CODED);
        assertThat(fixture.core.audit().forPatientOrAccount(patient.id(), issued.accountId(), 50))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("Dr Ada Okoye (dr.okoye)"))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("IDENTITY_VERIFIED"))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("LINKAGE_KEY_ISSUED"));

        Provisioning.IssuedLinkage again = fixture.core.provisioning().issueLinkage(OPERATOR,
                new Provisioning.LinkageRun(practice.odsCode().value(), patient.nhsNumber().value(),
                        "rita.reception", "DOCUMENTS", "PASSPORT", null));
        assertThat(again.accountId()).as("the same account, a new key").isEqualTo(issued.accountId());
        assertThat(again.newAccount()).isFalse();
        assertThat(again.linkageKey()).isNotEqualTo(issued.linkageKey());
        assertThat(levelOf(patient))
                .as("no level given: the patient's stays").isEqualTo(RecordAccessLevel.DETAILED_CODED);
    }

    @Test
    void givenWrongDetails_whenTheLetterIsRun_thenRefusedWithWhatIsWrongAndNoAccountMade() {
        Practice practice = fixture.practice();
        Patient patient = fixture.patient(practice, "Novak", LocalDate.of(1990, 2, 2));
        Practice other = fixture.practice();
        fixture.core.provisioning().addStaff(OPERATOR, new Provisioning.NewStaffUser(other.odsCode().value(),
                "other.clinician", "Other Clinician", "oc@example.nhs.uk", StaffRole.CLINICIAN));
        String ods = practice.odsCode().value();
        String nhs = patient.nhsNumber().value();

        assertThatThrownBy(() -> run(ods, nhs, "other.clinician", "VOUCHING", null))
                .as("staff of another practice").isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no member of staff other.clinician");
        assertThatThrownBy(() -> run(ods, fixture.nhsNumber().value(), "other.clinician", "VOUCHING", null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No patient");
        assertThatThrownBy(() -> run(ods, "1234567890", "other.clinician", "VOUCHING", null))
                .as("Modulus 11").isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> run(ods, nhs, "other.clinician", "DOCUMENTS", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PASSPORT");
        assertThatThrownBy(() -> run(ods, nhs, "other.clinician", "TELEPATHY", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("VOUCHING, DOCUMENTS or EVIDENCE");
        assertThat(fixture.core.audit().forPatientOrAccount(patient.id(), null, 10))
                .noneSatisfy(e -> assertThat(e.action()).isEqualTo("ACCOUNT_CREATED"));
    }

    private void run(String ods, String nhs, String staff, String method, String document) {
        fixture.core.provisioning().issueLinkage(OPERATOR, new Provisioning.LinkageRun(ods, nhs, staff, method,
                document, null));
    }

    private static RecordAccessLevel levelOf(Patient patient) {
        return fixture.core.transactions().read(em -> em.find(Patient.class, patient.id()).recordAccessLevel());
    }
}
