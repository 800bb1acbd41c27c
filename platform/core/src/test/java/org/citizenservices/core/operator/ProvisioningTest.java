package org.citizenservices.core.operator;

import org.citizenservices.core.api.practice.ActivationLink;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operator's commands: a practice with its defaults, its first staff, the supplier's administrators. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisioningTest extends OneCorePerClass {

    static final Provisioning.Operator OPERATOR = new Provisioning.Operator("ops");

    @Test
    @Order(1)
    void givenAnEmptyInstallation_whenAPracticeIsAdded_thenItHasEveryInstalledServiceAndTheStandardRules() {
        assertThat(fixture.core.isUnprovisioned()).isTrue();
        fixture.installed.add(new CitizenService("TRAVEL_HEALTH"));

        PracticeDetails added = fixture.core.provisioning().addPractice(OPERATOR, new Provisioning.NewPractice(
                " a81001 ", "Brook Lane Surgery", "3 Brook Lane, Leeds", "LS1 4AP", null));

        assertThat(added.odsCode().value()).isEqualTo("A81001");
        assertThat(fixture.core.isUnprovisioned()).isFalse();
        assertThat(fixture.core.practices().enabledFor(added.id())).contains(CitizenService.APPOINTMENTS,
                CitizenService.PRESCRIPTIONS, CitizenService.MESSAGING, CitizenService.RECORD,
                new CitizenService("TRAVEL_HEALTH"));
        Map<String, String> settings = fixture.core.practices().settings(added.id());
        assertThat(settings).containsEntry("appointments.bookingWindowDays", "28")
                .containsEntry("appointments.maxFutureAppointments", "2")
                .containsEntry("core.defaultRecordLevel", "SUMMARY");
        assertThat(fixture.core.audit().withAction("PRACTICE_ADDED", 10)).anySatisfy(event ->
                assertThat(event.actor()).isEqualTo("operator ops (admin command)"));
    }

    @Test
    void givenAPractice_whenItsOdsCodeIsAddedAgainOrMalformed_thenRefusedAndNothingChanges() {
        fixture.core.provisioning().addPractice(OPERATOR, new Provisioning.NewPractice("B82002", "First", null,
                null, null));

        assertThatThrownBy(() -> fixture.core.provisioning().addPractice(OPERATOR, new Provisioning.NewPractice(
                "b82002", "Second", null, null, null))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("B82002 is already here");
        assertThatThrownBy(() -> fixture.core.provisioning().addPractice(OPERATOR, new Provisioning.NewPractice(
                "8200", "Third", null, null, null))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("letter followed by five digits");
        assertThatThrownBy(() -> fixture.core.provisioning().addPractice(OPERATOR, new Provisioning.NewPractice(
                "C83003", " ", null, null, null))).isInstanceOf(InvalidValueException.class);
        assertThat(fixture.core.practices().byOdsCode(new OdsCode("B82002")).orElseThrow().name()).isEqualTo("First");
        assertThat(fixture.core.practices().byOdsCode(new OdsCode("C83003"))).isEmpty();
    }

    @Test
    void givenAPractice_whenStaffAreAdded_thenEachGetsAnActivationLinkAndUsernamesAreUniqueEverywhere() {
        fixture.core.provisioning().addPractice(OPERATOR, new Provisioning.NewPractice("D84004", "Dale Surgery",
                null, null, null));

        ActivationLink manager = fixture.core.provisioning().addStaff(OPERATOR,
                new Provisioning.NewStaffUser("D84004", "Priya.Manager", "Priya Shah", "priya@example.nhs.uk",
                        StaffRole.PRACTICE_ADMIN));
        ActivationLink supplier = fixture.core.provisioning().addSupplierAdmin(OPERATOR,
                new Provisioning.NewSupplierAdmin("sam.supplier", "Sam Okoro", "sam@supplier.example"));

        assertThat(manager.username()).isEqualTo("priya.manager");
        assertThat(manager.activationToken()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(supplier.activationToken());
        assertThat(manager.expiresAt()).isEqualTo(java.time.LocalDateTime.ofInstant(fixture.clock.instant(),
                java.time.ZoneOffset.UTC).plusHours(72));
        assertThat(fixture.core.staffActivation().pending(manager.activationToken())).hasValueSatisfying(p ->
                assertThat(p.practiceName()).isEqualTo("Dale Surgery"));
        assertThatThrownBy(() -> fixture.core.provisioning().addStaff(OPERATOR, new Provisioning.NewStaffUser(
                "D84004", "sam.supplier", "Another Sam", "sam2@example.nhs.uk", StaffRole.RECEPTIONIST)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> fixture.core.provisioning().addStaff(OPERATOR, new Provisioning.NewStaffUser(
                "Z99990", "nobody.here", "No Practice", "no@example.nhs.uk", StaffRole.RECEPTIONIST)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("admin practice add");
        assertThatThrownBy(() -> fixture.core.provisioning().addStaff(OPERATOR, new Provisioning.NewStaffUser(
                "D84004", "x", "Short Name", "short@example.nhs.uk", StaffRole.RECEPTIONIST)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("3 to 60");
        assertThatThrownBy(() -> fixture.core.provisioning().addStaff(OPERATOR, new Provisioning.NewStaffUser(
                "D84004", "no.email", "No Email", "not-an-address", StaffRole.RECEPTIONIST)))
                .isInstanceOf(InvalidValueException.class);
    }
}
