package org.citizenservices.core.operator;

import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.integration.ApiClients;
import org.citizenservices.core.api.integration.PatientImport;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.api.patient.Sex;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two practices on one installation: each clinical system's client imports into its own practice only, each
 * practice's staff see only their own patients, and a client's token works only while the client is live.
 */
class TwoPracticesTest extends OneCorePerClass {

    static final Provisioning.Operator OPERATOR = new Provisioning.Operator("ops");

    @Test
    void givenTwoPractices_whenEachImports_thenNeitherPracticesStaffNorClientReachesTheOthersPatients() {
        Practice a = fixture.practice();
        Practice b = fixture.practice();
        StaffMember staffA = fixture.staff(a, StaffRole.PRACTICE_ADMIN);
        StaffMember staffB = fixture.staff(b, StaffRole.PRACTICE_ADMIN);
        ApiClients.Caller clientA = caller(a);
        ApiClients.Caller clientB = caller(b);
        NhsNumber nhs = fixture.nhsNumber();

        PatientImport.Imported atA = fixture.core.patientImport().importPatient(clientA, patient(nhs, "Ashworth"));
        assertThat(clientA.practiceId()).isEqualTo(a.id());
        assertThat(fixture.core.patients().view(staffA, atA.patientId()).name().familyName()).isEqualTo("Ashworth");
        assertThatThrownBy(() -> fixture.core.patients().view(staffB, atA.patientId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.core.patients().search(staffB, "Ashworth")).isEmpty();

        // the same person registering at B is B's own patient: A's record of them is untouched
        PatientImport.Imported atB = fixture.core.patientImport().importPatient(clientB, patient(nhs, "Brennan"));
        assertThat(atB.patientId()).isNotEqualTo(atA.patientId());
        assertThat(atB.change()).isEqualTo(PatientImport.Change.CREATED);
        assertThat(fixture.core.patients().view(staffA, atA.patientId()).name().familyName()).isEqualTo("Ashworth");

        assertThatThrownBy(() -> fixture.core.provisioning().issueLinkage(OPERATOR, new Provisioning.LinkageRun(
                b.odsCode().value(), nhs.value(), staffA.username(), "VOUCHING", null, null)))
                .as("a letter at B on the word of A's staff").isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenAClient_whenItsSecretScopeOrTokenIsWrongOrItIsRevoked_thenNoTokenWorks() {
        Practice a = fixture.practice();
        ApiClients.Registered client = fixture.core.apiClients().add(OPERATOR, a.odsCode().value(), "EMIS Web",
                Set.of(ApiClients.SCOPE_IMPORT));

        assertThat(fixture.core.apiClients().token(client.clientId(), "wrong", Set.of())).isEmpty();
        assertThat(fixture.core.apiClients().token(client.clientId(), client.clientSecret(), Set.of("appointments")))
                .isEmpty();
        ApiClients.Token token = fixture.core.apiClients().token(client.clientId(), client.clientSecret(), Set.of())
                .orElseThrow();
        assertThat(fixture.core.apiClients().caller(token.accessToken())).hasValueSatisfying(c ->
                assertThat(c.odsCode()).isEqualTo(a.odsCode().value()));

        fixture.clock.advance(ApiClients.TOKEN_LIFETIME.plus(Duration.ofSeconds(1)));
        assertThat(fixture.core.apiClients().caller(token.accessToken())).as("expired").isEmpty();
        ApiClients.Token fresh = fixture.core.apiClients().token(client.clientId(), client.clientSecret(), Set.of())
                .orElseThrow();
        fixture.core.apiClients().revoke(OPERATOR, client.clientId());
        assertThat(fixture.core.apiClients().caller(fresh.accessToken())).as("revoked").isEmpty();
        assertThat(fixture.core.apiClients().token(client.clientId(), client.clientSecret(), Set.of())).isEmpty();
        assertThat(fixture.core.audit().withAction("API_CLIENT_TOKEN", 10)).extracting(e -> e.outcome())
                .contains(org.citizenservices.core.api.audit.Outcome.DENIED,
                        org.citizenservices.core.api.audit.Outcome.SUCCESS);
    }

    @Test
    void givenTwoPractices_whenEachAdministratorManagesTheirClients_thenNeitherSeesNorEndsTheOthers() {
        Practice a = fixture.practice();
        Practice b = fixture.practice();
        StaffMember adminA = fixture.staff(a, StaffRole.PRACTICE_ADMIN);
        StaffMember adminB = fixture.staff(b, StaffRole.PRACTICE_ADMIN);
        StaffMember receptionA = fixture.staff(a, StaffRole.RECEPTIONIST);

        ApiClients.Registered ours = fixture.core.apiClients().add(adminA, "EMIS Web", Set.of(ApiClients.SCOPE_IMPORT));
        assertThat(ours.odsCode()).isEqualTo(a.odsCode().value());
        assertThat(fixture.core.apiClients().clients(adminA)).extracting(ApiClients.Client::clientId)
                .containsExactly(ours.clientId());
        assertThat(fixture.core.apiClients().clients(adminB)).isEmpty();
        assertThatThrownBy(() -> fixture.core.apiClients().add(receptionA, "Mine", Set.of(ApiClients.SCOPE_IMPORT)))
                .isInstanceOf(org.citizenservices.core.api.service.NotPermittedException.class);
        assertThatThrownBy(() -> fixture.core.apiClients().revoke(adminB, ours.clientId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.core.apiClients().token(ours.clientId(), ours.clientSecret(), Set.of())).isPresent();

        fixture.core.apiClients().revoke(adminA, ours.clientId());
        assertThat(fixture.core.apiClients().token(ours.clientId(), ours.clientSecret(), Set.of())).isEmpty();
        assertThat(fixture.core.apiClients().clients(adminA)).singleElement()
                .satisfies(c -> assertThat(c.revokedAt()).isNotNull());
    }

    private static ApiClients.Caller caller(Practice practice) {
        ApiClients.Registered client = fixture.core.apiClients().add(OPERATOR, practice.odsCode().value(),
                "Clinical system", Set.of(ApiClients.SCOPE_IMPORT));
        String token = fixture.core.apiClients().token(client.clientId(), client.clientSecret(), Set.of())
                .orElseThrow().accessToken();
        return fixture.core.apiClients().caller(token).orElseThrow();
    }

    private static NewPatient patient(NhsNumber nhs, String family) {
        return new NewPatient(nhs, new PersonName(null, "Sam", family), LocalDate.of(1980, 5, 5), Sex.UNKNOWN,
                ContactDetails.NONE);
    }
}
