package org.citizenservices.it;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.operator.Provisioning;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.api.patient.Sex;
import org.citizenservices.core.api.practice.StaffSignIn;
import org.citizenservices.core.api.security.TotpCodes;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.NewAccount;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.it.support.DemoPracticeHost;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PortalPage;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R8's first proxy scenario in the portal: Jane, registered at the demo practice, cares for her mother Rose at Canal
 * Side Practice on the same installation. Canal Side verifies Jane and gives her an account with proxy access to Rose
 * (through its services, as its staff would); Jane adds that practice's letter on her account page, switches to Rose
 * and books for her there, then turns on two-step sign-in and signs in with her app's code. When Canal Side issues
 * her a new letter, her open page goes back to her own account at once. Canal Side's receptionist opens Rose's page
 * but never Jane's at the demo practice.
 */
class SeveralPracticesIT {

    private static final LocalDate JANE_BORN = LocalDate.of(1985, 3, 14);

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModule("appointments", Layout.appointmentsJar())
            .withBrowser();

    @Test
    void givenJaneIsRosesProxyAtAnotherPractice_whenSheAddsItsLetter_thenSheSwitchesToRoseThereWithOneSignIn() {
        Core core = demo.host().core();
        CanalSide canal = canalSideWithRose(core);
        PortalPage page = new PortalPage(demo.browser(), demo.host().port()).signIn("jane.demo", "Portal-Demo-2026!");

        page.open("account").waitForView("citizen-account-view");
        assertThat(page.text("joined-practices")).contains("no online account at another practice");
        page.type("join-account-id", canal.letter().accountId());
        page.type("join-key", "WRONGKEY23456789");
        page.type("join-ods", canal.letter().odsCode());
        page.type("join-surname", "Demo");
        page.type("join-dob-day", "14");
        page.type("join-dob-month", "3");
        page.type("join-dob-year", "1985");
        page.click("join-submit");
        page.waitForText("practices-messages", "do not match");
        page.type("join-key", canal.letter().linkageKey());
        page.click("join-submit");
        page.waitForText("practices-messages", "You can now use your online account at Canal Side Practice");
        page.waitForRow("joined-practices-table", "Canal Side Practice (B82002)", canal.letter().accountId());

        page.select("acting-for", "Rose Carter (Canal Side Practice)");
        page.waitForText("home-acting-for", "You are acting for Rose Carter.");
        assertThat(page.text("practice-name")).isEqualTo("Canal Side Practice");
        page.waitForView("service-appointments");
        page.select("acting-for", "Yourself");
        page.waitForText("home-acting-for", "You are using services for yourself.");
        assertThat(page.text("practice-name")).isNotEqualTo("Canal Side Practice");

        // Canal Side issues Jane a new letter while she acts for Rose: her page returns to her own account
        page.select("acting-for", "Rose Carter (Canal Side Practice)");
        page.waitForText("home-acting-for", "You are acting for Rose Carter.");
        core.linkageKeys().issueLinkageKey(canal.desk(), canal.janeAccountId(), "Letter lost in the post");
        page.waitForNotification("You can no longer use your online account at that practice");
        page.waitForText("home-acting-for", "You are using services for yourself.");
        assertThat(page.navigation()).isNotEmpty();

        turnsOnTwoStepSignIn(page);
        canalSidesStaffSeeOnlyTheirOwnPatients(page, canal, core);
    }

    /** Canal Side's receptionist finds Rose, and neither finds nor opens Jane's record at the demo practice. */
    private static void canalSidesStaffSeeOnlyTheirOwnPatients(PortalPage page, CanalSide canal, Core core) {
        page.signInStaff("canal.desk", "Canal-Side-Lockkeeper", () -> canal.recovery().get(1));
        long janeAtDemo = core.patients().demoPatientId("9990000018").orElseThrow();
        page.open("practice/patients/" + janeAtDemo).waitForView("patient-view");
        page.waitForText("patient-view", "There is no patient with that reference at your practice.");
        page.open("practice/patients/" + canal.roseId()).waitForView("patient-view");
        page.waitForText("patient-view", "Rose Carter");
        page.signOut();
    }

    @Test
    void givenTheDemoPracticesManager_whenTheyChangeTheBookingRules_thenAValueOutOfBoundsIsRefusedByName() {
        PortalPage page = new PortalPage(demo.browser(), demo.host().port());
        page.signInStaff("manager", "Practice-Demo-2026!");
        page.open("practice/admin").waitForView("practice-admin-view");
        assertThat(page.text("settings-appointments")).contains("How many days ahead patients can book online");
        page.type("setting-appointments-bookingWindowDays", "400");
        page.click("settings-save-appointments");
        page.waitForText("admin-messages", "enter a number from 0 to 366");
        page.type("setting-appointments-bookingWindowDays", "21");
        page.click("settings-save-appointments");
        page.waitForText("admin-messages", "Appointments settings are saved.");
        assertThat(demo.host().core().practices().settings(demo.host().core().practices()
                .byOdsCode(new org.citizenservices.core.api.domain.OdsCode("Y99999")).orElseThrow().id()))
                .containsEntry("appointments.bookingWindowDays", "21");
        page.signOut();
    }

    /** Jane adds her authenticator on her account page; from then on her sign-in asks for its code. */
    private static void turnsOnTwoStepSignIn(PortalPage page) {
        page.open("account").waitForView("citizen-account-view");
        page.click("second-step-start");
        page.waitForView("second-step-qr");
        String secret = page.text("second-step-secret").replace(" ", "");
        TotpCodes totp = new TotpCodes();
        page.type("second-step-code", totp.codeAt(secret, Instant.now()));
        page.type("second-step-password", "Portal-Demo-2026!");
        page.click("second-step-confirm");
        page.waitForText("second-step-messages", "Two-step sign-in is on.");
        List<String> recovery = page.texts("#recovery-codes li");
        assertThat(recovery).hasSize(TotpCodes.RECOVERY_CODES);
        page.signOut();

        page.open("sign-in").waitForView("citizen-sign-in-view");
        page.type("sign-in-username", "jane.demo");
        page.type("sign-in-password", "Portal-Demo-2026!");
        page.click("sign-in-button");
        page.waitForShown("sign-in-code");
        page.type("sign-in-code", "000000".equals(totp.codeAt(secret, Instant.now().plusSeconds(30)))
                ? "111111" : "000000");
        page.click("sign-in-code-submit");
        page.waitForText("sign-in-error", "That code is not right");
        page.type("sign-in-code", recovery.get(0));
        page.click("sign-in-code-submit");
        page.waitForView("home-view");
        page.waitForText("home-acting-for", "You are using services for yourself.");
    }

    /** Canal Side Practice on this installation, its receptionist, Rose, and Jane's proxy account there. */
    private static CanalSide canalSideWithRose(Core core) {
        Provisioning.Operator operator = new Provisioning.Operator("it");
        core.provisioning().addPractice(operator, new Provisioning.NewPractice("B82002", "Canal Side Practice",
                "2 Lock Street, Riverton", "RV2 4EF", null));
        String token = core.provisioning().addStaff(operator, new Provisioning.NewStaffUser("B82002", "canal.desk",
                "Canal Desk", "desk@canal.example", StaffRole.RECEPTIONIST)).activationToken();
        String secret = TotpCodes.newSecret();
        TotpCodes totp = new TotpCodes();
        List<String> recovery = core.staffActivation().activate(token, "Canal-Side-Lockkeeper", secret,
                totp.codeAt(secret, Instant.now()));
        StaffSignIn.PasswordAccepted accepted = core.staffSignIn().checkPassword("canal.desk", "Canal-Side-Lockkeeper");
        StaffMember desk = core.staffSignIn().secondFactor(accepted, recovery.get(0));
        long rose = core.patients().register(desk, new NewPatient(NhsNumber.firstFrom("9992", 4100),
                new PersonName("Mrs", "Rose", "Carter"), LocalDate.of(1948, 6, 1), Sex.FEMALE,
                ContactDetails.NONE)).id();
        long jane = core.accounts().create(desk, new NewAccount(new PersonName("Mrs", "Jane", "Demo"), JANE_BORN,
                null, null)).id();
        core.identityVerifications().verifyIdentity(desk, jane, new IdentityCheck(LocalDate.now(),
                VerificationMethod.IDENTITY_DOCUMENTATION, IdentityDocument.PASSPORT, null, null, null));
        core.associations().associate(desk, jane, rose, new AssociationRequest(AssociationType.PROXY,
                Relationship.DAUGHTER, ConsentMethod.WRITTEN, null, "Rose asked for her daughter's help",
                Set.of(CitizenService.APPOINTMENTS), LocalDate.now()));
        RegistrationLetter letter = core.linkageKeys().issueLinkageKey(desk, jane, null);
        return new CanalSide(desk, jane, letter, rose, recovery);
    }

    private record CanalSide(StaffMember desk, long janeAccountId, RegistrationLetter letter, long roseId,
                             List<String> recovery) {
    }
}
