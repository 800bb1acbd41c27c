package org.citizenservices.core.demo;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.internal.patient.PatientRegisterService;
import org.citizenservices.core.api.service.Times;
import org.citizenservices.core.internal.persistence.Transactions;
import org.citizenservices.core.internal.vua.CitizenAccountsService;
import org.citizenservices.core.internal.vua.ContactConfirmationsService;
import org.citizenservices.core.internal.vua.IdentityVerificationsService;
import org.citizenservices.core.internal.vua.LinkageKeysService;
import org.citizenservices.core.internal.vua.PatientAssociationsService;
import org.citizenservices.core.internal.vua.VuaAccountsService;
import java.time.Clock;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.LinkageKey;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.OdsCode;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.domain.Postcode;
import org.citizenservices.core.api.domain.VuaId;
import org.citizenservices.core.api.patient.NewPatient;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.core.api.patient.Sex;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.internal.practice.StaffUser;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.internal.apps.CitizenAppsService;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.ContactChannel;
import org.citizenservices.core.api.vua.ContactPreference;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.LinkageDetails;
import org.citizenservices.core.api.vua.NewAccount;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.spi.CitizenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo practice of {@code docs/demo-data.md}, seeded into an empty database with {@code --demo}. Its values are
 * fixed (acceptance checks rely on them) and it is built through the core's own services, so its accounts obey the
 * same rules, histories and audit as real ones: Rita Left's account, for one, turns INACTIVE because she leaves.
 */
public final class DemoPractice {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPractice.class);

    public static final String ODS_CODE = "Y99999";
    /** The demo's registered citizen app, published in docs/demo-data.md so that anyone can try the patient API. */
    public static final String APP_CLIENT_ID = "demo-app";
    public static final String APP_SECRET = "Demo-App-Secret-2026";
    public static final String NAME = "Riverside Medical Practice";
    public static final String STAFF_PASSWORD = "Practice-Demo-2026!";
    public static final String PORTAL_PASSWORD = "Portal-Demo-2026!";
    public static final String JANE_ACCOUNT = "DEMO100001";
    public static final String JANE_KEY = "Rv7Kq2Xm9Tz4Wp8L";
    public static final String CAROL_ACCOUNT = "DEMO100002";
    public static final String CAROL_KEY = "Hp4Wn8Qz3Rk7Xt2M";
    public static final String TOM_ACCOUNT = "DEMO100003";
    public static final String RITA_ACCOUNT = "DEMO100004";
    // keys of demo accounts nobody signs in to; documented so a tester can try them
    public static final String TOM_KEY = "Tm3Bx7Kq9Wd2Np5R";
    public static final String RITA_KEY = "Rk4Fz8Hc2Vm6Jt9Q";

    private static final Set<CitizenService> ALL = Set.copyOf(PracticeServicesService.GUIDANCE_SERVICES);

    /** The core's services the demo practice is built through, so that its data obeys the same rules. */
    public record Services(Transactions transactions, PatientRegisterService patients, CitizenAccountsService citizens,
                           VuaAccountsService accounts, IdentityVerificationsService identityVerifications,
                           PatientAssociationsService associations, LinkageKeysService linkageKeys,
                           ContactConfirmationsService contacts, CitizenAppsService apps, Clock clock) {
    }

    private final Services core;
    private final SecretHasher hasher;

    public DemoPractice(Services core, SecretHasher hasher) {
        this.core = core;
        this.hasher = hasher;
    }

    /**
     * Seeds in two steps when the database holds no practice: now its staff, patients and accounts, all capabilities
     * seed against; the step returned (portal sign-ins, the demo app) may run while they do. Empty: there was one.
     */
    public Optional<Runnable> seedPeopleIfEmpty() {
        long practices = core.transactions().read(em ->
                em.createQuery("select count(p) from Practice p", Long.class).getSingleResult());
        if (practices > 0) {
            return Optional.empty();
        }
        long began = System.nanoTime();
        Seeded seeded = core.transactions().write(this::seed);
        LOG.info("Demo practice {} {} seeded in {} ms", ODS_CODE, NAME, (System.nanoTime() - began) / 1_000_000);
        return Optional.of(() -> signIns(seeded));
    }

    private void signIns(Seeded seeded) {
        long began = System.nanoTime();
        // the citizens set up their portal sign-in the way any citizen does: from their registration letter
        register(JANE_ACCOUNT, JANE_KEY, "Demo", LocalDate.of(1985, 3, 14), "jane.demo");
        register(CAROL_ACCOUNT, CAROL_KEY, "Carer", LocalDate.of(1970, 7, 7), "carol.carer");
        register(RITA_ACCOUNT, RITA_KEY, "Left", LocalDate.of(1978, 9, 30), "rita.left");
        // Rita then leaves the practice: her association ends and her account reverts to INACTIVE by the rule
        core.patients().changeRegistrationStatus(seeded.manager(), seeded.ritaId(), RegistrationStatus.LEFT,
                "Moved to a practice in another area");
        core.apps().registerDemoApp(APP_CLIENT_ID, APP_SECRET);
        LOG.info("Demo sign-ins registered in {} ms", (System.nanoTime() - began) / 1_000_000);
    }

    private record Seeded(StaffMember manager, long ritaId) { }

    private void register(String accountId, String key, String surname, LocalDate born, String username) {
        core.citizens().register(new LinkageDetails(accountId, key, surname, born, ODS_CODE), username, PORTAL_PASSWORD);
    }

    private Seeded seed(EntityManager em) {
        LocalDateTime now = Times.now(core.clock());
        Actor seeder = new Actor("Citizen Services demo data", org.citizenservices.core.api.service.ActingAs.SYSTEM, null,
                "demo data");
        Practice practice = practice(em, now, seeder);
        Actor actor = new Actor(seeder.label(), seeder.actingAs(), practice.id(), seeder.source());
        StaffUser manager = staff(em, practice);

        Patient jane = patient(em, practice, "9990000018", "Mrs", "Jane", "Demo", LocalDate.of(1985, 3, 14), Sex.FEMALE,
                "4 Willow Lane, Riverton", "RV1 3CD", "07700900001", "jane.demo@example.com");
        Patient sam = patient(em, practice, "9990000026", null, "Sam", "Demo", LocalDate.of(2019, 6, 2), Sex.MALE,
                "4 Willow Lane, Riverton", "RV1 3CD", null, null);
        Patient lily = patient(em, practice, "9990000034", null, "Lily", "Demo", LocalDate.of(2013, 1, 20), Sex.FEMALE,
                "4 Willow Lane, Riverton", "RV1 3CD", null, null);
        Patient arthur = patient(em, practice, "9990000042", "Mr", "Arthur", "Elder", LocalDate.of(1941, 11, 2), Sex.MALE,
                "Flat 2, 9 Mill Court, Riverton", "RV2 4EF", "01632960123", null);
        Patient tom = patient(em, practice, "9990000050", "Mr", "Tom", "Inactive", LocalDate.of(1990, 1, 1), Sex.MALE,
                "17 Station Road, Riverton", "RV1 5GH", "07700900005", "tom.inactive@example.com");
        Patient rita = patient(em, practice, "9990000069", "Ms", "Rita", "Left", LocalDate.of(1978, 9, 30), Sex.FEMALE,
                "22 Canal Street, Riverton", "RV3 6JK", "07700900006", "rita.left@example.com");
        jane.recordAccess(RecordAccessLevel.FULL, null);
        furtherPatients(em, practice);

        Vua janeAccount = janesAccount(em, practice, jane, sam, lily, actor);
        Vua carol = carolsAccount(em, practice, arthur, actor);
        Vua tomAccount = core.accounts().create(em, practice, new VuaId(TOM_ACCOUNT), new NewAccount(tom.name(),
                tom.dateOfBirth(), tom.contact(), ContactPreference.EMAIL), actor);
        core.associations().associate(em, tomAccount, tom, AssociationRequest.self(LocalDate.of(2026, 10, 1)), actor);
        core.linkageKeys().issue(em, tomAccount, LinkageKey.of(TOM_KEY), actor, null);
        Vua ritaAccount = ritasAccount(em, practice, rita, actor);

        // the demo's people confirmed their details long ago; Carol's email address is new and not yet confirmed
        var contacts = core.contacts();
        for (Vua account : List.of(janeAccount, ritaAccount)) {
            contacts.recordConfirmed(em, account, ContactChannel.EMAIL, actor);
            contacts.recordConfirmed(em, account, ContactChannel.SMS, actor);
        }
        contacts.recordConfirmed(em, carol, ContactChannel.SMS, actor);

        StaffMember managerMember = new StaffMember(manager.id(), practice.id(), ODS_CODE, NAME, manager.username(),
                manager.displayName(), manager.roles(), true, 0);
        return new Seeded(managerMember, rita.id());
    }

    /** The practice, its settings and every guidance service switched on. */
    private static Practice practice(EntityManager em, LocalDateTime now, Actor seeder) {
        Practice practice = new Practice(new OdsCode(ODS_CODE), NAME, "12 River Street, Riverton",
                new Postcode("RV1 2AB"), "01632960000", now);
        em.persist(practice);
        em.flush();
        Actor actor = new Actor(seeder.label(), seeder.actingAs(), practice.id(), seeder.source());
        // the same defaults as a practice an operator adds, with the guidance's four services
        org.citizenservices.core.internal.practice.PracticeDefaults.apply(em, practice, Set.of(), actor, now);
        return practice;
    }

    /**
     * Reception, a clinician and the practice manager (returned), all with the published demo password and marked
     * as demo accounts: they sign in without a second factor, and the portal says they are for trying it only.
     */
    private StaffUser staff(EntityManager em, Practice practice) {
        String staffHash = hasher.hash(STAFF_PASSWORD.toCharArray());
        em.persist(StaffUser.demo(practice, "reception", "Sarah Reception", EnumSet.of(StaffRole.RECEPTIONIST), staffHash));
        em.persist(StaffUser.demo(practice, "drpatel", "Dr Asha Patel", EnumSet.of(StaffRole.CLINICIAN), staffHash));
        StaffUser manager = StaffUser.demo(practice, "manager", "Mark Manager", EnumSet.of(StaffRole.PRACTICE_ADMIN),
                staffHash);
        em.persist(manager);
        em.flush();
        return manager;
    }

    /** Jane: her own record, and proxy for her children Sam (appointments and record) and Lily (appointments). */
    private Vua janesAccount(EntityManager em, Practice practice, Patient jane, Patient sam, Patient lily, Actor actor) {
        Vua janeAccount = core.accounts().create(em, practice, new VuaId(JANE_ACCOUNT), new NewAccount(jane.name(),
                jane.dateOfBirth(), jane.contact(), ContactPreference.EMAIL), actor);
        core.identityVerifications().verifyIdentity(em, janeAccount, new IdentityCheck(LocalDate.of(2024, 2, 5),
                VerificationMethod.IDENTITY_DOCUMENTATION, IdentityDocument.PASSPORT, null,
                "Passport seen at reception, copy scanned to the practice document store", null), actor);
        core.associations().associate(em, janeAccount, jane, AssociationRequest.self(LocalDate.of(2024, 2, 5)), actor);
        core.associations().associate(em, janeAccount, sam, new AssociationRequest(AssociationType.PROXY, Relationship.MOTHER,
                ConsentMethod.NOT_REQUIRED, "Parental responsibility for a child under 11", null,
                Set.of(CitizenService.APPOINTMENTS, CitizenService.RECORD), LocalDate.of(2024, 2, 5)), actor);
        core.associations().associate(em, janeAccount, lily, new AssociationRequest(AssociationType.PROXY, Relationship.MOTHER,
                ConsentMethod.NOT_REQUIRED, "Parental responsibility for a child under 11", null,
                Set.of(CitizenService.APPOINTMENTS), LocalDate.of(2022, 9, 1)), actor);
        core.linkageKeys().issue(em, janeAccount, LinkageKey.of(JANE_KEY), actor, null);
        return janeAccount;
    }

    /** Carol: no record of her own here, proxy with every service for Arthur, whom she cares for (written consent). */
    private Vua carolsAccount(EntityManager em, Practice practice, Patient arthur, Actor actor) {
        Vua carol = core.accounts().create(em, practice, new VuaId(CAROL_ACCOUNT), new NewAccount(
                new PersonName("Mrs", "Carol", "Carer"), LocalDate.of(1970, 7, 7),
                ContactDetails.of("31 Orchard Way, Riverton", "RV2 7LM", "07700900002", "carol.carer@example.com"),
                ContactPreference.SMS), actor);
        core.identityVerifications().verifyIdentity(em, carol, new IdentityCheck(LocalDate.of(2025, 6, 12), VerificationMethod.VOUCHING,
                null, "Dr Asha Patel", null, null), actor);
        core.associations().associate(em, carol, arthur, new AssociationRequest(AssociationType.PROXY, Relationship.CARER,
                ConsentMethod.WRITTEN, null, "Arthur asked for Carol, his carer, to manage his appointments and "
                + "prescriptions; signed consent form scanned 12 June 2025", ALL, LocalDate.of(2025, 6, 12)), actor);
        core.linkageKeys().issue(em, carol, LinkageKey.of(CAROL_KEY), actor, null);
        return carol;
    }

    /** Rita: her own account, verified; she leaves the practice once the data is in (see seedIfEmpty). */
    private Vua ritasAccount(EntityManager em, Practice practice, Patient rita, Actor actor) {
        Vua ritaAccount = core.accounts().create(em, practice, new VuaId(RITA_ACCOUNT), new NewAccount(rita.name(),
                rita.dateOfBirth(), rita.contact(), ContactPreference.EMAIL), actor);
        core.identityVerifications().verifyIdentity(em, ritaAccount, new IdentityCheck(LocalDate.of(2023, 4, 18),
                VerificationMethod.IDENTITY_DOCUMENTATION, IdentityDocument.PHOTO_DRIVING_LICENCE, null, null, null),
                actor);
        core.associations().associate(em, ritaAccount, rita, AssociationRequest.self(LocalDate.of(2023, 4, 18)), actor);
        core.linkageKeys().issue(em, ritaAccount, LinkageKey.of(RITA_KEY), actor, null);
        return ritaAccount;
    }

    private static Patient patient(EntityManager em, Practice practice, String nhs, String title, String forenames,
                                   String family, LocalDate born, Sex sex, String address, String postcode,
                                   String telephone, String email) {
        return PatientRegisterService.register(em, practice, new NewPatient(new NhsNumber(nhs),
                        new PersonName(title, forenames, family), born, sex,
                        ContactDetails.of(address, postcode, telephone, email)),
                LocalDateTime.of(2020, 1, 6, 9, 0));
    }

    /** Twenty more patients so lists and searches look like a real register; NHS numbers from 999 000 01xx. */
    private static void furtherPatients(EntityManager em, Practice practice) {
        record Person(String title, String forenames, String family, LocalDate born, Sex sex, String street) {
        }
        List<Person> people = List.of(
                new Person("Mr", "Mohammed", "Hussain", LocalDate.of(1967, 4, 12), Sex.MALE, "3 Bridge Street"),
                new Person("Mrs", "Aisha", "Hussain", LocalDate.of(1970, 8, 23), Sex.FEMALE, "3 Bridge Street"),
                new Person("Ms", "Olivia", "Smith", LocalDate.of(1992, 11, 5), Sex.FEMALE, "48 Meadow Road"),
                new Person("Mr", "George", "Smith", LocalDate.of(1958, 2, 17), Sex.MALE, "48 Meadow Road"),
                new Person("Miss", "Amelia", "Jones", LocalDate.of(2001, 6, 30), Sex.FEMALE, "7 Church Lane"),
                new Person("Mr", "Harry", "Williams", LocalDate.of(1949, 12, 1), Sex.MALE, "15 Elm Grove"),
                new Person("Mrs", "Margaret", "Williams", LocalDate.of(1951, 3, 9), Sex.FEMALE, "15 Elm Grove"),
                new Person("Mr", "Oliver", "Brown", LocalDate.of(1988, 7, 14), Sex.MALE, "102 High Street"),
                new Person("Ms", "Priya", "Patel", LocalDate.of(1995, 1, 27), Sex.FEMALE, "6 Lime Close"),
                new Person("Mr", "Jack", "Taylor", LocalDate.of(1979, 10, 3), Sex.MALE, "29 Park View"),
                new Person("Mrs", "Emily", "Davies", LocalDate.of(1983, 5, 21), Sex.FEMALE, "11 Ash Road"),
                new Person(null, "Noah", "Davies", LocalDate.of(2016, 9, 8), Sex.MALE, "11 Ash Road"),
                new Person("Mr", "Wojciech", "Nowak", LocalDate.of(1986, 2, 2), Sex.MALE, "5 Quay Side"),
                new Person("Ms", "Grace", "O'Connor", LocalDate.of(1997, 4, 16), Sex.FEMALE, "19 Victoria Terrace"),
                new Person("Mr", "Kwame", "Mensah", LocalDate.of(1972, 12, 24), Sex.MALE, "8 Foundry Lane"),
                new Person("Mrs", "Doris", "Walker", LocalDate.of(1936, 6, 11), Sex.FEMALE, "Riverside Care Home"),
                new Person("Mr", "Thomas", "Evans", LocalDate.of(2004, 3, 19), Sex.MALE, "64 Mill Road"),
                new Person("Mx", "Alex", "Morgan", LocalDate.of(1999, 8, 1), Sex.OTHER, "2 Weavers Yard"),
                new Person("Mrs", "Fatima", "Begum", LocalDate.of(1964, 10, 29), Sex.FEMALE, "37 Albert Street"),
                new Person("Mr", "Daniel", "Wright", LocalDate.of(1990, 5, 7), Sex.MALE, "13 Orchard Way"));
        int serial = 100;
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            String nhs = nextNhsNumber(serial);
            serial = Integer.parseInt(nhs.substring(5, 9)) + 1;
            patient(em, practice, nhs, person.title(), person.forenames(), person.family(), person.born(),
                    person.sex(), person.street() + ", Riverton", "RV" + (1 + i % 3) + " " + (1 + i % 9) + "PQ",
                    "0770090" + String.format("%04d", 100 + i), null);
        }
    }

    /** The first valid 999-range NHS number at or after serial {@code n} (999 00 nnnn c). */
    static String nextNhsNumber(int n) {
        return NhsNumber.firstFrom("99900", n).value();
    }
}
