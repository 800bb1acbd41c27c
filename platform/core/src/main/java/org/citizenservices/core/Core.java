package org.citizenservices.core;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.core.access.AccessDecisions;
import org.citizenservices.core.audit.AuditEvent;
import org.citizenservices.core.audit.AuditTrail;
import org.citizenservices.core.demo.DemoPractice;
import org.citizenservices.core.domain.Demographics;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.patient.PatientRegisterService;
import org.citizenservices.core.internal.patient.ServiceConfiguration;
import org.citizenservices.core.practice.Practice;
import org.citizenservices.core.practice.PracticeServices;
import org.citizenservices.core.practice.StaffSignIn;
import org.citizenservices.core.practice.StaffUser;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.vua.SessionRevocations;
import org.citizenservices.core.api.vua.ContactConfirmations;
import org.citizenservices.core.api.vua.LinkageCheck;
import org.citizenservices.core.api.vua.CitizenAccounts;
import org.citizenservices.core.api.vua.LinkageKeys;
import org.citizenservices.core.api.vua.PatientAssociations;
import org.citizenservices.core.api.vua.IdentityVerifications;
import org.citizenservices.core.api.vua.VuaAccounts;
import org.citizenservices.core.api.patient.PatientRegister;
import org.citizenservices.core.service.Transactions;
import org.citizenservices.core.internal.vua.AccountLinkage;
import org.citizenservices.core.internal.vua.AccountStatusRule;
import org.citizenservices.core.vua.AccountStatusSweep;
import org.citizenservices.core.internal.vua.CitizenAccountsService;
import org.citizenservices.core.internal.vua.IdentityVerification;
import org.citizenservices.core.internal.vua.LinkageCheckService;
import org.citizenservices.core.internal.vua.PatientAccess;
import org.citizenservices.core.internal.vua.PatientAssociation;
import org.citizenservices.core.internal.vua.SessionRevocationsService;
import org.citizenservices.core.internal.vua.Vua;
import org.citizenservices.core.internal.vua.VuaAccountsService;
import org.citizenservices.core.internal.vua.VuaHistoryEntry;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.persistence.SequenceRevision;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Revision;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The core, assembled: its services over one persistence unit in schema {@code CORE}. The host builds one at start;
 * tests build one over a Derby database of their own.
 */
public final class Core implements AutoCloseable {

    /** The id under which the core's schema is migrated, from {@code db/migration/core/}. */
    public static final String ID = "core";

    public static final List<Class<?>> ENTITIES = List.of(Practice.class, StaffUser.class, Patient.class,
            ServiceConfiguration.class, Vua.class, IdentityVerification.class, PatientAssociation.class,
            AccountLinkage.class, VuaHistoryEntry.class, AuditEvent.class, Demographics.class,
            org.citizenservices.core.notify.OutboxNotification.class,
            org.citizenservices.core.internal.vua.ContactConfirmation.class);

    private final ModulePersistence.OpenUnit unit;
    private final Clock clock;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final SecretHasher hasher;
    private final SessionRevocationsService revocations = new SessionRevocationsService();
    private final PracticeServices practices;
    private final StaffSignIn staffSignIn;
    private final PatientRegisterService patients;
    private final VuaAccountsService accounts;
    private final org.citizenservices.core.internal.vua.IdentityVerificationsService identityVerifications;
    private final org.citizenservices.core.internal.vua.PatientAssociationsService associations;
    private final org.citizenservices.core.internal.vua.LinkageKeysService linkageKeys;
    private final CitizenAccountsService citizens;
    private final LinkageCheckService linkageCheck;
    private final AccountStatusSweep accountStatusSweep;
    private final AccessDecisions access;
    private final org.citizenservices.core.notify.NotificationOutbox outbox;
    private final org.citizenservices.core.internal.vua.ContactConfirmationsService contacts;

    private Core(ModulePersistence.OpenUnit unit, boolean shared, Clock clock, SecretHasher hasher,
                 Supplier<Set<CitizenService>> installedModules) {
        this.unit = unit;
        this.clock = clock;
        this.hasher = hasher;
        EntityManagerFactory factory = unit.entityManagerFactory();
        this.transactions = new Transactions(factory,
                shared ? SequenceRevision.of(factory, "REVISION") : Revision.inMemory());
        this.audit = new AuditTrail(transactions, unit.dataSource(), clock);
        AccountStatusRule statusRule = new AccountStatusRule(audit, clock);
        this.practices = new PracticeServices(transactions, audit, clock);
        this.staffSignIn = new StaffSignIn(transactions, audit, hasher, clock);
        this.patients = new PatientRegisterService(transactions, audit, new PatientAccess(statusRule, audit, clock), clock);
        this.accounts = new VuaAccountsService(transactions, audit, statusRule, revocations, clock);
        this.identityVerifications = new org.citizenservices.core.internal.vua.IdentityVerificationsService(transactions, audit,
                statusRule, clock);
        this.associations = new org.citizenservices.core.internal.vua.PatientAssociationsService(transactions, audit, statusRule,
                clock);
        this.linkageKeys = new org.citizenservices.core.internal.vua.LinkageKeysService(transactions, audit, statusRule, hasher,
                revocations, clock);
        this.linkageCheck = new LinkageCheckService(transactions, audit, hasher);
        this.citizens = new CitizenAccountsService(transactions, audit, linkageCheck, statusRule, hasher, clock);
        this.access = new AccessDecisions(transactions, audit, installedModules, clock);
        this.outbox = new org.citizenservices.core.notify.NotificationOutbox(transactions, audit, clock);
        this.accountStatusSweep = new AccountStatusSweep(transactions, statusRule, clock);
        this.contacts = new org.citizenservices.core.internal.vua.ContactConfirmationsService(transactions, audit, hasher, clock);
    }

    /**
     * Migrates the core's schema and opens it. {@code installedModules} tells the access rule which capability
     * modules are deployed right now.
     */
    public static Core open(ModulePersistence persistence, Clock clock, SecretHasher hasher,
                            Supplier<Set<CitizenService>> installedModules) {
        return new Core(persistence.openOnClassPath(ID, ENTITIES), persistence.shared(), clock, hasher,
                installedModules);
    }

    /** The id of the demo practice's patient with this NHS number, for capabilities' demo data. */
    public java.util.Optional<Long> demoPatientId(String nhsNumber) {
        return transactions.read(em -> em.createQuery("select p.id from Patient p where p.practice.odsCode = :ods"
                        + " and p.nhsNumber = :nhs", Long.class)
                .setParameter("ods", DemoPractice.ODS_CODE).setParameter("nhs", nhsNumber)
                .getResultStream().findFirst());
    }

    /** Seeds the demo practice when the database has no practice yet; true when it did. */
    public boolean seedDemoData() {
        return new DemoPractice(new DemoPractice.Services(transactions, patients, citizens, accounts,
                identityVerifications, associations, linkageKeys, contacts, clock), hasher).seedIfEmpty();
    }

    public PracticeServices practices() {
        return practices;
    }

    public StaffSignIn staffSignIn() {
        return staffSignIn;
    }

    public PatientRegister patients() {
        return patients;
    }

    public VuaAccounts accounts() {
        return accounts;
    }

    /** Identity verification of account holders, with its evidence. */
    public IdentityVerifications identityVerifications() {
        return identityVerifications;
    }

    /** Accounts' associations with patients: their own access and proxies'. */
    public PatientAssociations associations() {
        return associations;
    }

    /** Linkage keys, their registration letters, and the linkages built on them. */
    public LinkageKeys linkageKeys() {
        return linkageKeys;
    }

    public CitizenAccounts citizens() {
        return citizens;
    }

    /** Re-applies the account status rule as association dates are reached; the host runs it on a schedule. */
    public AccountStatusSweep accountStatusSweep() {
        return accountStatusSweep;
    }

    /** The registration-letter check behind portal set-up and app linkage (the patient API uses it too). */
    public LinkageCheck linkageCheck() {
        return linkageCheck;
    }

    public AccessDecisions access() {
        return access;
    }

    /** Notices to citizens, queued with the change that causes them and sent after it commits. */
    public org.citizenservices.core.notify.NotificationOutbox outbox() {
        return outbox;
    }

    /** Verified contact: codes that confirm an email address or mobile number before any notice goes there. */
    public ContactConfirmations contacts() {
        return contacts;
    }

    /**
     * The SPI's service access for capabilities: the one access rule, asking {@code caller} who is on the thread;
     * {@code notificationQueued} wakes the sender when a capability has queued a notice.
     */
    public org.citizenservices.spi.ServiceAccess serviceAccess(org.citizenservices.core.api.access.Caller caller,
                                                               Runnable notificationQueued) {
        return new org.citizenservices.core.access.ServiceAccessRule(access, patients, practices, outbox, audit,
                caller, notificationQueued);
    }

    public AuditTrail audit() {
        return audit;
    }

    public SessionRevocations sessionRevocations() {
        return revocations;
    }

    public Clock clock() {
        return clock;
    }

    /** For capabilities reading their practice settings and for tests. */
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        audit.close();
        unit.close();
    }
}
