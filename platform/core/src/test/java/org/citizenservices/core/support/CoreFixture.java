package org.citizenservices.core.support;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.domain.Postcode;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.patient.PatientRegisterService;
import org.citizenservices.core.internal.practice.ServiceConfiguration;
import org.citizenservices.core.api.patient.Sex;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.internal.practice.StaffUser;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.NewAccount;
import org.citizenservices.core.api.vua.RegistrationLetter;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.CitizenService;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real core on a real Derby database in a temporary folder, with a clock the test moves and a cheap Argon2id
 * setting (the rules under test do not depend on the cost). Builds practices, staff and patients for tests.
 */
public final class CoreFixture implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    public static final String PASSWORD = "Correct-Horse-Battery";

    public final MutableClock clock = new MutableClock(START);
    public final Set<CitizenService> installed = new HashSet<>(PracticeServicesService.GUIDANCE_SERVICES);
    public final Database database;
    public final Core core;
    private final AtomicInteger serial = new AtomicInteger(1);
    public final SecretHasher hasher = new SecretHasher(1024, 1, 1);

    public CoreFixture(Path dir) {
        database = Database.open(dir.resolve("derby"));
        core = Core.open(new ModulePersistence(database), clock, hasher, () -> Set.copyOf(installed));
    }

    /** A new practice with the four services on, and an ODS code no other practice of this fixture has. */
    /** A third-party app registered by the operator, as it is once it has shown its credentials. */
    public org.citizenservices.core.api.apps.CitizenApps.App app(String name) {
        var credentials = core.apps().register(new org.citizenservices.core.api.operator.Provisioning.Operator(
                "test operator"), name, "apps@example.org");
        return core.apps().authenticate(credentials.clientId(), credentials.clientSecret()).orElseThrow();
    }

    /** A supplier administrator, added by the operator, activated with an authenticator and signed in with it. */
    public org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember supplierAdmin(String username) {
        var totp = new org.citizenservices.core.api.security.TotpCodes();
        String secret = org.citizenservices.core.api.security.TotpCodes.newSecret();
        String token = core.provisioning().addSupplierAdmin(new org.citizenservices.core.api.operator.Provisioning
                .Operator("test operator"), new org.citizenservices.core.api.operator.Provisioning.NewSupplierAdmin(
                username, "Sam Supplier", username + "@supplier.example")).activationToken();
        java.util.List<String> recovery = core.staffActivation().activate(token, PASSWORD, secret,
                totp.codeAt(secret, clock.instant()));
        return core.supplierSignIn().secondFactor(core.supplierSignIn().checkPassword(username, PASSWORD),
                recovery.get(0));
    }

    public Practice practice() {
        int n = serial.getAndIncrement();
        return core.transactions().write(em -> {
            Practice practice = new Practice(new OdsCode(String.format("T%05d", n)), "Test Practice " + n,
                    "1 Test Street", new Postcode("LS1 4AP"), null, LocalDateTime.of(2026, 1, 1, 9, 0));
            em.persist(practice);
            em.flush();
            for (CitizenService service : PracticeServicesService.GUIDANCE_SERVICES) {
                em.persist(new ServiceConfiguration(practice.id(), null, service, true, null, "test",
                        LocalDateTime.of(2026, 1, 1, 9, 0)));
            }
            return practice;
        });
    }

    /** A staff user of the practice with the given roles, signed in. */
    public StaffMember staff(Practice practice, StaffRole... roles) {
        String username = "staff" + serial.getAndIncrement();
        core.transactions().write(em -> {
            em.persist(StaffUser.demo(em.find(Practice.class, practice.id()), username, "Staff " + username,
                    EnumSet.of(roles[0], roles), hasher.hash(PASSWORD.toCharArray())));
            return null;
        });
        return core.staffSignIn().signIn(username, PASSWORD);
    }

    public Patient patient(Practice practice, String familyName, LocalDate born) {
        return core.transactions().write(em -> PatientRegisterService.register(em, em.find(Practice.class, practice.id()),
                new NewPatient(nhsNumber(), new PersonName(null, "Pat", familyName), born, Sex.UNKNOWN,
                        ContactDetails.NONE), LocalDateTime.of(2026, 1, 1, 9, 0)));
    }

    /** A fresh valid NHS number in the 999 range. */
    public synchronized NhsNumber nhsNumber() {
        NhsNumber number = NhsNumber.firstFrom("9991", serial.get());
        serial.set(Integer.parseInt(number.value().substring(4, 9)) + 1);
        return number;
    }

    /** A new online account for the patient (same name and date of birth), INACTIVE. */
    public Vua account(StaffMember staff, Patient patient) {
        return (Vua) core.accounts().create(staff, new NewAccount(patient.name(), patient.dateOfBirth(), null, null));
    }

    public static IdentityCheck passportSeen() {
        return new IdentityCheck(LocalDate.of(2026, 11, 1), VerificationMethod.IDENTITY_DOCUMENTATION,
                IdentityDocument.PASSPORT, null, null, null);
    }

    /** The citizen sets up the portal sign-in from the letter. */
    public void register(RegistrationLetter letter, Patient asPatient, String username) {
        core.citizens().register(new LinkageDetails(letter.accountId(), letter.linkageKey(),
                asPatient.name().familyName(), asPatient.dateOfBirth(), letter.odsCode()), username, PASSWORD);
    }

    /** A new practice with a receptionist signed in and one patient: where most tests start. */
    public Surgery surgery(String familyName, LocalDate born) {
        Practice practice = practice();
        StaffMember reception = staff(practice, StaffRole.RECEPTIONIST);
        return new Surgery(practice, reception, patient(practice, familyName, born));
    }

    public record Surgery(Practice practice, StaffMember reception, Patient patient) {
    }

    /** The patient's own account (SELF), identity seen, with its registration letter: all but the portal set-up. */
    public Lettered lettered(StaffMember staff, Patient patient) {
        Vua vua = account(staff, patient);
        core.identityVerifications().verifyIdentity(staff, vua.id(), passportSeen());
        core.associations().associate(staff, vua.id(), patient.id(), AssociationRequest.self(LocalDate.of(2026, 11, 1)));
        return new Lettered(patient.practice(), staff, patient, vua,
                core.linkageKeys().issueLinkageKey(staff, vua.id(), null));
    }

    /** A new surgery whose patient has a lettered account of their own. */
    public Lettered lettered(String familyName, LocalDate born) {
        Surgery surgery = surgery(familyName, born);
        return lettered(surgery.reception(), surgery.patient());
    }

    public record Lettered(Practice practice, StaffMember reception, Patient patient, Vua vua,
                           RegistrationLetter letter) {

        /** The same account after a new letter (the old key no longer works). */
        public Lettered withLetter(RegistrationLetter newLetter) {
            return new Lettered(practice, reception, patient, vua, newLetter);
        }
    }

    /** An ACTIVE account that is the patient's own (SELF), set up in the portal and signed in. */
    public Citizen activeSelf(StaffMember staff, Patient patient) {
        Lettered lettered = lettered(staff, patient);
        String username = "user" + serial.getAndIncrement();
        register(lettered.letter(), patient, username);
        return new Citizen(lettered.vua().id(), lettered.letter(), username, core.citizens().signIn(username, PASSWORD));
    }

    public record Citizen(long vuaId, RegistrationLetter letter, String username, SignedInCitizen session) {
    }

    @Override
    public void close() {
        core.close();
        database.close();
    }

    /** The core's audit trail as implemented, with its entities: what the tests check. */
    public org.citizenservices.core.internal.audit.AuditTrailService audit() {
        return (org.citizenservices.core.internal.audit.AuditTrailService) core.audit();
    }

    /** The core's practice services as implemented, with the practice entity. */
    public PracticeServicesService practices() {
        return (PracticeServicesService) core.practices();
    }
}
