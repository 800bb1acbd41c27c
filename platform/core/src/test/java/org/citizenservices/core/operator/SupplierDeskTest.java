package org.citizenservices.core.operator;

import org.citizenservices.core.api.integration.ApiClients;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.operator.SupplierDesk;
import org.citizenservices.core.api.operator.SupplierSignIn;
import org.citizenservices.core.api.practice.StaffSignIn;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.core.api.service.NotPermittedException;
import org.citizenservices.core.api.service.RuleViolationException;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The supplier's administrator signs in with a password and an authenticator code, sees every practice with its
 * counts and switches, adds one, and suspends one: its staff are signed out and refused, its clinical system gets no
 * token, its patients no service, until it is restored.
 */
class SupplierDeskTest {

    static final String PASSWORD = "Kestrel-Orchard-Lamp";
    static final Provisioning.Operator OPERATOR = new Provisioning.Operator("ops");

    @TempDir
    Path dir;
    CoreFixture fixture;
    final TotpCodes totp = new TotpCodes();
    String secret = TotpCodes.newSecret();

    @BeforeEach
    void supplierAdmin() {
        fixture = new CoreFixture(dir);
        String token = fixture.core.provisioning().addSupplierAdmin(OPERATOR, new Provisioning.NewSupplierAdmin(
                "sam.supplier", "Sam Supplier", "sam@supplier.example")).activationToken();
        fixture.core.staffActivation().activate(token, PASSWORD, secret, code());
        fixture.clock.advance(Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenTheSupplierAdmin_whenSigningIn_thenThePasswordAloneIsNotEnough_andAPracticeUserCannotSignInHere() {
        SupplierSignIn.PasswordAccepted accepted = fixture.core.supplierSignIn().checkPassword("sam.supplier",
                PASSWORD);
        assertThatThrownBy(() -> fixture.core.supplierSignIn().secondFactor(accepted, "000000"))
                .isInstanceOf(SignInFailedException.class).hasMessageStartingWith("That code");
        SupplierSignIn.SupplierAdminMember admin = fixture.core.supplierSignIn().secondFactor(accepted, code());
        assertThat(fixture.core.supplierSignIn().isCurrent(admin)).isTrue();

        StaffMember staff = fixture.staff(fixture.practice(), StaffRole.PRACTICE_ADMIN);
        assertThatThrownBy(() -> fixture.core.supplierSignIn().checkPassword(staff.username(), CoreFixture.PASSWORD))
                .isInstanceOf(SignInFailedException.class);
        assertThatThrownBy(() -> fixture.core.staffSignIn().checkPassword("sam.supplier", PASSWORD))
                .as("the supplier's account is not a practice's").isInstanceOf(SignInFailedException.class);
    }

    @Test
    void givenAPractice_whenTheSupplierSuspendsIt_thenItsStaffClientAndPatientsAreOff_untilRestored() {
        SupplierSignIn.SupplierAdminMember admin = signIn();
        fixture.core.supplierDesk().addPractice(admin, new Provisioning.NewPractice("F81001", "Fen Surgery",
                "1 Fen Lane", "LS1 4AP", null));
        CoreFixture.Surgery other = fixture.surgery("Other", java.time.LocalDate.of(1970, 1, 1));
        StaffMember staff = other.reception();
        CoreFixture.Citizen citizen = fixture.activeSelf(staff, other.patient());
        ApiClients.Registered client = fixture.core.apiClients().add(OPERATOR, other.practice().odsCode().value(),
                "Clinical system", Set.of(ApiClients.SCOPE_IMPORT));
        String ods = other.practice().odsCode().value();
        org.citizenservices.spi.ServiceAccess moduleAccess = fixture.core.serviceAccess(new org.citizenservices.core.support.StaffCaller(staff), () -> { });
        assertThat(moduleAccess.requireStaff(org.citizenservices.spi.Role.RECEPTIONIST).username())
                .isEqualTo(staff.username());

        assertThat(fixture.core.supplierDesk().practices(admin)).extracting(SupplierDesk.PracticeOverview::odsCode)
                .contains("F81001", ods);
        SupplierDesk.PracticeOverview fen = overview(admin, "F81001");
        assertThat(fen.servicesOn()).contains(CitizenService.APPOINTMENTS, CitizenService.RECORD);
        assertThat(fen.staffUsers()).isZero();
        assertThat(overview(admin, ods).patients()).isEqualTo(1);

        assertThatThrownBy(() -> fixture.core.supplierDesk().suspend(admin, ods, " "))
                .hasMessageContaining("reason");
        fixture.core.supplierDesk().suspend(admin, ods, "Contract ended");
        assertThat(overview(admin, ods).suspended()).isTrue();
        assertThat(fixture.core.staffSignIn().isCurrent(staff)).as("signed out").isFalse();
        assertThatThrownBy(() -> moduleAccess.requireStaff(org.citizenservices.spi.Role.RECEPTIONIST))
                .as("a module's staff page left open cannot act").isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> fixture.core.practices().switches(staff))
                .isInstanceOf(org.citizenservices.core.api.service.NotPermittedException.class);
        assertThatThrownBy(() -> fixture.core.staffSignIn().checkPassword(staff.username(), CoreFixture.PASSWORD))
                .isInstanceOf(SignInFailedException.class);
        assertThat(fixture.core.apiClients().token(client.clientId(), client.clientSecret(), Set.of())).isEmpty();
        assertThat(fixture.core.access().availableServices(citizen.session(), other.patient().id(),
                fixture.installed)).isEmpty();
        assertThatThrownBy(() -> fixture.core.supplierDesk().suspend(admin, ods, "Again"))
                .isInstanceOf(RuleViolationException.class);

        fixture.core.supplierDesk().restore(admin, ods);
        StaffSignIn.PasswordAccepted back = fixture.core.staffSignIn().checkPassword(staff.username(),
                CoreFixture.PASSWORD);
        assertThat(back.signedIn()).isPresent();
        assertThat(fixture.core.apiClients().token(client.clientId(), client.clientSecret(), Set.of())).isPresent();
        assertThat(fixture.core.access().availableServices(citizen.session(), other.patient().id(),
                fixture.installed)).isNotEmpty();
        assertThat(fixture.core.audit().withAction("PRACTICE_SUSPENDED", 5)).hasSize(2);
    }

    @Test
    void givenASupplierSession_whenItIsNoLongerCurrent_thenTheDeskRefusesIt() {
        SupplierSignIn.SupplierAdminMember admin = signIn();
        SupplierSignIn.SupplierAdminMember stale = new SupplierSignIn.SupplierAdminMember(admin.supplierAdminId(),
                admin.username(), admin.displayName(), admin.sessionGeneration() + 1);
        assertThat(fixture.core.supplierSignIn().isCurrent(stale)).isFalse();
        assertThatThrownBy(() -> fixture.core.supplierDesk().practices(stale))
                .isInstanceOf(NotPermittedException.class);
    }

    private SupplierDesk.PracticeOverview overview(SupplierSignIn.SupplierAdminMember admin, String ods) {
        return fixture.core.supplierDesk().practices(admin).stream().filter(p -> p.odsCode().equals(ods))
                .findFirst().orElseThrow();
    }

    private SupplierSignIn.SupplierAdminMember signIn() {
        SupplierSignIn.PasswordAccepted accepted = fixture.core.supplierSignIn().checkPassword("sam.supplier",
                PASSWORD);
        return fixture.core.supplierSignIn().secondFactor(accepted, code());
    }

    private String code() {
        return totp.codeAt(secret, fixture.clock.instant());
    }
}
