package org.citizenservices.core.audit;

import org.citizenservices.core.api.vua.PatientAssociationDetails;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.ContactPreference;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An audit event for every action: one journey through every operation of the core, then a check that each of the
 * core's audit actions was written — a new action whose operation forgets its event fails here.
 */
class AuditCoverageTest extends OneCorePerClass {

    /** A father applies online for his young son (approved) and for his mother (consent recorded, then declined). */
    private static void proxyApplications(org.citizenservices.core.Core core, StaffMember admin,
                                          SignedInCitizen father, Practice practice) {
        var applications = core.proxyApplications();
        Patient son = fixture.patient(practice, "Young", LocalDate.of(2019, 6, 1));
        var forSon = applications.apply(father, new org.citizenservices.core.api.vua.ProxyApplications.Application(
                son.nhsNumber().value(), "Young", son.dateOfBirth(), Relationship.FATHER,
                Set.of(CitizenService.APPOINTMENTS), "I am his father"));
        applications.approve(admin, forSon.id(), Set.of(CitizenService.APPOINTMENTS), null);
        Patient gran = fixture.patient(practice, "Gran", LocalDate.of(1950, 2, 2));
        var forGran = applications.apply(father, new org.citizenservices.core.api.vua.ProxyApplications.Application(
                gran.nhsNumber().value(), "Gran", gran.dateOfBirth(), Relationship.SON,
                Set.of(CitizenService.PRESCRIPTIONS), "I collect my mother's medicines"));
        applications.recordWrittenConsent(admin, forGran.id());
        applications.decline(admin, forGran.id(), "Please come in with your mother first");
    }

    @Test
    void everyCoreActionLeavesAnAuditEvent() {
        var core = fixture.core;
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN, StaffRole.CLINICIAN);
        Patient parent = fixture.patient(practice, "Parent", LocalDate.of(1980, 1, 1));
        Patient child = fixture.patient(practice, "Child", LocalDate.of(2015, 12, 1));

        core.practices().setService(admin, new CitizenService("FEEDBACK"), true, null);
        core.practices().putSetting(admin, "appointments.bookingWindowDays", "21");
        core.patients().view(admin, parent.id());
        core.patients().register(admin, new NewPatient(fixture.nhsNumber(), new PersonName(null, "New", "Patient"),
                LocalDate.of(2000, 1, 1), null, null));
        core.patients().setService(admin, parent.id(), CitizenService.MESSAGING, false, "Clinician's decision");
        core.patients().setRecordAccess(admin, parent.id(), RecordAccessLevel.DETAILED_CODED, null);

        Vua vua = fixture.account(admin, parent);
        core.accounts().details(admin, vua.id());
        core.accounts().editDetails(admin, vua.id(), vua.name(), vua.dateOfBirth(),
                ContactDetails.of(null, null, null, "parent@example.com"));
        core.accounts().setContactPreference(admin, vua.id(), ContactPreference.SMS);
        var verification = core.identityVerifications().verifyIdentity(admin, vua.id(), new IdentityCheck(LocalDate.of(2026, 11, 1),
                VerificationMethod.IDENTITY_DOCUMENTATION, IdentityDocument.PASSPORT, null, null,
                new IdentityCheck.Evidence("p.png", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 1})));
        core.identityVerifications().evidence(admin, verification.id());
        core.associations().associate(admin, vua.id(), parent.id(), AssociationRequest.self(LocalDate.of(2026, 11, 1)));
        PatientAssociationDetails proxy = core.associations().associate(admin, vua.id(), child.id(), new AssociationRequest(
                AssociationType.PROXY, Relationship.FATHER, ConsentMethod.NOT_REQUIRED, "Parental responsibility", null,
                Set.of(CitizenService.APPOINTMENTS, CitizenService.RECORD), LocalDate.of(2026, 11, 1)));
        core.associations().changeServices(admin, proxy.id(), Set.of(CitizenService.APPOINTMENTS, CitizenService.RECORD,
                CitizenService.MESSAGING));
        RegistrationLetter letter = core.linkageKeys().issueLinkageKey(admin, vua.id(), null);
        fixture.register(letter, parent, "audit.parent");
        SignedInCitizen citizen = core.citizens().signIn("audit.parent", CoreFixture.PASSWORD);
        core.citizens().changePassword(citizen, CoreFixture.PASSWORD, "Another-Long-Passphrase");
        core.citizens().ownAccessLog(citizen);
        proxyApplications(core, admin, citizen, practice);
        core.contacts().confirm(citizen, org.citizenservices.core.api.vua.ContactChannel.EMAIL,
                core.contacts().sendCode(citizen, org.citizenservices.core.api.vua.ContactChannel.EMAIL).code());
        for (int i = 0; i < org.citizenservices.core.api.security.SignInDelay.FREE_FAILURES; i++) {
            try {
                core.citizens().signIn("audit.parent", "not-the-password");
            } catch (RuntimeException refused) {
                // expected: the fifth starts a pause (SIGN_IN_PAUSED)
            }
        }
        try {
            core.access().require(citizen, parent.id(), CitizenService.MESSAGING);
        } catch (RuntimeException refused) {
            // expected: switched off for the parent above
        }
        core.citizens().signOut(citizen);
        var apps = core.apps().register(new org.citizenservices.core.api.operator.Provisioning.Operator("ops"),
                "Healthy Me", "apps@example.org");
        SignedInCitizen app = core.citizens().linkApp(new LinkageDetails(letter.accountId(), letter.linkageKey(),
                "Parent", LocalDate.of(1980, 1, 1), letter.odsCode()), core.apps().authenticate(apps.clientId(), apps.clientSecret()).orElseThrow())
                .citizen();
        core.linkageKeys().revokeLinkage(admin, app.linkageId(), "Stolen phone");
        core.accounts().suspend(admin, vua.id(), "Unusual activity");
        core.accounts().reinstate(admin, vua.id(), "Checked with the patient");
        fixture.clock.advance(Duration.ofDays(7));
        try {
            core.associations().reviewAssociation(admin, proxy.id(), Set.of(CitizenService.APPOINTMENTS));
        } finally {
            fixture.clock.set(CoreFixture.START);
        }
        core.associations().endAssociation(admin, proxy.id(), "Child asked for their own account");
        core.linkageKeys().issueLinkageKey(admin, vua.id(), "Forgotten password");
        core.patients().changeRegistrationStatus(admin, parent.id(), RegistrationStatus.LEFT, "Moved away");
        core.outbox().enqueue(practice.id(), vua.accountId().value(), "You have a new message from your GP practice.");
        core.outbox().claimDue("node", 10).forEach(notice -> core.outbox().sent(notice.id(), "LOG"));
        core.staffSignIn().signOut(admin);
        operatorCommands(core);

        Set<String> written = core.transactions().read(em -> em.createQuery(
                "select distinct e.action from AuditEvent e", String.class).getResultList()).stream()
                .collect(Collectors.toSet());
        // ACTING_FOR and SIGN_IN_THROTTLED are the portal's to write (its patient switcher and per-address
        // throttle), not the core's; AUDIT_REJECTED_INPUT is written only for input that does not fit
        // (AuditIsolationTest)
        EnumSet<AuditAction> expected = EnumSet.complementOf(EnumSet.of(AuditAction.ACTING_FOR,
                AuditAction.SIGN_IN_THROTTLED, AuditAction.AUDIT_REJECTED_INPUT));
        assertThat(written).containsAll(expected.stream().map(Enum::name).toList());
    }

    /** The operator adds a practice, a supplier administrator and a user who activates and signs in. */
    private static void operatorCommands(org.citizenservices.core.Core core) {
        var operator = new org.citizenservices.core.api.operator.Provisioning.Operator("ops");
        core.provisioning().addPractice(operator, new org.citizenservices.core.api.operator.Provisioning.NewPractice(
                "F86006", "Audit Surgery", null, null, null));
        String supplierToken = core.provisioning().addSupplierAdmin(operator,
                new org.citizenservices.core.api.operator.Provisioning.NewSupplierAdmin("audit.supplier",
                        "Audit Supplier", "supplier@example.com")).activationToken();
        String token = core.provisioning().addStaff(operator,
                new org.citizenservices.core.api.operator.Provisioning.NewStaffUser("F86006", "audit.manager",
                        "Audit Manager", "manager@example.com", StaffRole.PRACTICE_ADMIN)).activationToken();
        var totp = new org.citizenservices.core.api.security.TotpCodes();
        String secret = org.citizenservices.core.api.security.TotpCodes.newSecret();
        java.util.List<String> recovery = core.staffActivation().activate(token, "Audit-Manager-Passphrase", secret,
                totp.codeAt(secret, fixture.clock.instant()));
        core.staffSignIn().secondFactor(core.staffSignIn().checkPassword("audit.manager", "Audit-Manager-Passphrase"),
                recovery.get(0));
        var client = core.apiClients().add(operator, "F86006", "Audit system",
                java.util.Set.of(org.citizenservices.core.api.integration.ApiClients.SCOPE_IMPORT));
        String bearer = core.apiClients().token(client.clientId(), client.clientSecret(), java.util.Set.of())
                .orElseThrow().accessToken();
        core.patientImport().importPatient(core.apiClients().caller(bearer).orElseThrow(),
                new org.citizenservices.core.api.patient.NewPatient(fixture.nhsNumber(),
                        new PersonName(null, "Imported", "Patient"), LocalDate.of(1970, 1, 1), null, null));
        core.apiClients().revoke(operator, client.clientId());
        org.citizenservices.core.api.service.StaffMember manager = fixture.staff(fixture.practice(),
                StaffRole.PRACTICE_ADMIN);
        var colleague = core.staffAccounts().add(manager, "audit.colleague", "Audit Colleague", "c@example.com",
                StaffRole.RECEPTIONIST);
        long colleagueId = core.staffAccounts().list(manager).stream()
                .filter(a -> a.username().equals(colleague.username())).findFirst().orElseThrow().id();
        core.staffAccounts().changeRole(manager, colleagueId, StaffRole.CLINICIAN);
        core.staffAccounts().resetSignIn(manager, colleagueId);
        String supplierSecret = org.citizenservices.core.api.security.TotpCodes.newSecret();
        java.util.List<String> supplierCodes = core.staffActivation().activate(supplierToken,
                "Audit-Supplier-Passphrase", supplierSecret, totp.codeAt(supplierSecret, fixture.clock.instant()));
        var supplier = core.supplierSignIn().secondFactor(core.supplierSignIn().checkPassword("audit.supplier",
                "Audit-Supplier-Passphrase"), supplierCodes.get(0));
        core.supplierDesk().suspend(supplier, "F86006", "Audit of suspension");
        core.supplierDesk().restore(supplier, "F86006");
        var app = core.apps().register(supplier, "Audit App", "apps@example.com");
        core.apps().callbackUrls(supplier, app.clientId(), java.util.List.of("https://audit.example/back"));
        core.apps().authenticate(app.clientId(), "wrong secret");
        core.apps().revoke(supplier, app.clientId(), "Audit of revocation");
        citizenAtTwoPractices(core, totp);
    }

    /** A citizen turns on two-step sign-in and joins their account at a second practice. */
    private static void citizenAtTwoPractices(org.citizenservices.core.Core core,
                                              org.citizenservices.core.api.security.TotpCodes totp) {
        CoreFixture.Surgery home = fixture.surgery("Twofold", LocalDate.of(1975, 5, 5));
        CoreFixture.Citizen citizen = fixture.activeSelf(home.reception(), home.patient());
        String secret = org.citizenservices.core.api.security.TotpCodes.newSecret();
        core.citizens().turnOnSecondStep(citizen.session(), CoreFixture.PASSWORD, secret, totp.codeAt(secret, fixture.clock.instant()));
        Practice other = fixture.practice();
        StaffMember otherDesk = fixture.staff(other, StaffRole.RECEPTIONIST);
        Vua there = (Vua) core.accounts().create(otherDesk, new org.citizenservices.core.api.vua.NewAccount(
                home.patient().name(), home.patient().dateOfBirth(), null, null));
        var letter = core.linkageKeys().issueLinkageKey(otherDesk, there.id(), null);
        core.citizenPractices().join(citizen.session(), new org.citizenservices.core.api.vua.LinkageDetails(
                letter.accountId(), letter.linkageKey(), "Twofold", home.patient().dateOfBirth(), letter.odsCode()));
    }
}
