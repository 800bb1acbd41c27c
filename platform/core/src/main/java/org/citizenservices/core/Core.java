package org.citizenservices.core;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.core.internal.access.AccessDecisionsService;
import org.citizenservices.core.internal.apps.CitizenAppsService;
import org.citizenservices.core.internal.vua.AppLinkages;
import org.citizenservices.core.internal.audit.AuditTrailService;
import org.citizenservices.core.demo.DemoPractice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.internal.practice.StaffSignInService;
import org.citizenservices.core.internal.patient.PatientRegisterService;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.vua.CitizenAccounts;
import org.citizenservices.core.api.vua.LinkageKeys;
import org.citizenservices.core.internal.persistence.Transactions;
import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.vua.AccountStatusRule;
import org.citizenservices.core.internal.vua.AccountStatusSweep;
import org.citizenservices.core.internal.vua.CitizenAccountsService;
import org.citizenservices.core.internal.vua.LinkageCheckService;
import org.citizenservices.core.internal.vua.PatientAccess;
import org.citizenservices.core.internal.vua.SessionRevocationsService;
import org.citizenservices.core.internal.vua.VuaAccountsService;
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

    public static final List<Class<?>> ENTITIES = CoreEntities.ALL;

    private final ModulePersistence.OpenUnit unit;
    private final Clock clock;
    private final Transactions transactions;
    private final AuditTrailService audit;
    private final SecretHasher hasher;
    private final SessionRevocationsService revocations = new SessionRevocationsService();
    private final PracticeServicesService practices;
    private final StaffSignInService staffSignIn;
    private final PatientRegisterService patients;
    private final VuaAccountsService accounts;
    private final org.citizenservices.core.internal.vua.IdentityVerificationsService identityVerifications;
    private final org.citizenservices.core.internal.vua.PatientAssociationsService associations;
    private final org.citizenservices.core.internal.vua.LinkageKeysService linkageKeys;
    private final CitizenAccountsService citizens;
    private final org.citizenservices.core.internal.vua.JoinedAccountsService citizenPractices;
    private final LinkageCheckService linkageCheck;
    private final AccountStatusSweep accountStatusSweep;
    private final AccessDecisionsService access;
    private final org.citizenservices.core.internal.notify.NotificationOutboxService outbox;
    private final org.citizenservices.core.internal.vua.ContactConfirmationsService contacts;
    private final org.citizenservices.core.internal.operator.ProvisioningService provisioning;
    private final org.citizenservices.core.internal.practice.StaffActivationService staffActivation;
    private final org.citizenservices.core.internal.integration.ApiClientsService apiClients;
    private final org.citizenservices.core.internal.integration.PatientImportService patientImport;
    private final org.citizenservices.core.internal.operator.StaffAccountsService staffAccounts;
    private final org.citizenservices.core.internal.practice.SupplierSignInService supplierSignIn;
    private final org.citizenservices.core.internal.operator.SupplierDeskService supplierDesk;
    private final org.citizenservices.core.api.vua.NhsLoginAccounts nhsLogin;
    private final CitizenAppsService apps;

    private Core(ModulePersistence.OpenUnit unit, boolean shared, Clock clock, SecretHasher hasher,
                 Supplier<Set<CitizenService>> installedModules) {
        this.unit = unit;
        this.clock = clock;
        this.hasher = hasher;
        EntityManagerFactory factory = unit.entityManagerFactory();
        this.transactions = new Transactions(factory,
                shared ? SequenceRevision.of(factory, "REVISION") : Revision.inMemory());
        this.audit = new AuditTrailService(transactions, unit.dataSource(), clock);
        AccountStatusRule statusRule = new AccountStatusRule(audit, clock);
        CoreContext context = new CoreContext(transactions, audit, clock);
        this.practices = new PracticeServicesService(context);
        this.staffSignIn = new StaffSignInService(context, hasher);
        PatientAccess patientAccess = new PatientAccess(context, statusRule);
        this.patients = new PatientRegisterService(context, patientAccess);
        this.accounts = new VuaAccountsService(context, statusRule, revocations);
        this.identityVerifications = new org.citizenservices.core.internal.vua.IdentityVerificationsService(context,
                statusRule);
        this.associations = new org.citizenservices.core.internal.vua.PatientAssociationsService(context, statusRule);
        this.linkageKeys = new org.citizenservices.core.internal.vua.LinkageKeysService(context, statusRule, hasher,
                revocations);
        this.linkageCheck = new LinkageCheckService(context, hasher);
        this.citizens = new CitizenAccountsService(context, linkageCheck, statusRule, hasher);
        this.citizenPractices = new org.citizenservices.core.internal.vua.JoinedAccountsService(context, statusRule,
                citizens, linkageCheck);
        this.access = new AccessDecisionsService(context, installedModules);
        this.outbox = new org.citizenservices.core.internal.notify.NotificationOutboxService(context);
        this.accountStatusSweep = new AccountStatusSweep(context, statusRule, outbox::enqueue);
        this.contacts = new org.citizenservices.core.internal.vua.ContactConfirmationsService(context, hasher);
        var accountServices = new org.citizenservices.core.internal.operator.AccountServices(accounts,
                identityVerifications, associations, linkageKeys, patientAccess, revocations, statusRule);
        this.provisioning = new org.citizenservices.core.internal.operator.ProvisioningService(context,
                installedModules, accountServices);
        this.nhsLogin = new org.citizenservices.core.internal.operator.NhsLoginAccountsService(context,
                accountServices);
        this.staffActivation = new org.citizenservices.core.internal.practice.StaffActivationService(context, hasher);
        this.apiClients = new org.citizenservices.core.internal.integration.ApiClientsService(context);
        this.patientImport = new org.citizenservices.core.internal.integration.PatientImportService(context);
        this.staffAccounts = new org.citizenservices.core.internal.operator.StaffAccountsService(context);
        this.supplierSignIn = new org.citizenservices.core.internal.practice.SupplierSignInService(context, hasher);
        this.supplierDesk = new org.citizenservices.core.internal.operator.SupplierDeskService(context,
                installedModules);
        this.apps = new CitizenAppsService(context, new AppLinkages(clock, statusRule));
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

    /** Seeds the demo's people now, if there are none; the step returned (their sign-ins) may run alongside. */
    public java.util.Optional<Runnable> seedDemoPeople() {
        return new DemoPractice(new DemoPractice.Services(transactions, patients, citizens, accounts,
                identityVerifications, associations, linkageKeys, contacts, apps, clock), hasher).seedPeopleIfEmpty();
    }

    /** How a demo installation offers the service of a capability installed after the demo was seeded. */
    public org.citizenservices.core.api.practice.DemoOffers demoOffers() {
        return new org.citizenservices.core.demo.DemoServiceOffers(transactions, associations, audit, clock);
    }

    /** No practice and no supplier administrator yet: a first start without {@code --demo} (the host guides). */
    public boolean isUnprovisioned() {
        return transactions.read(em -> em.createQuery("select count(p) from Practice p", Long.class).getSingleResult()
                + em.createQuery("select count(a) from SupplierAdmin a", Long.class).getSingleResult()) == 0;
    }

    /** The operator's commands: practices, their first staff, supplier administrators, letter runs. */
    public org.citizenservices.core.api.operator.Provisioning provisioning() {
        return provisioning;
    }

    /** Third-party citizen apps registered with the supplier, and the check of their credentials. */
    public org.citizenservices.core.api.apps.CitizenApps apps() {
        return apps;
    }

    /** Clients of the practice integration API and their bearer tokens. */
    public org.citizenservices.core.api.integration.ApiClients apiClients() {
        return apiClients;
    }

    /** The patients of a practice's import from its clinical system. */
    public org.citizenservices.core.api.integration.PatientImport patientImport() {
        return patientImport;
    }

    public org.citizenservices.core.api.operator.SupplierSignIn supplierSignIn() {
        return supplierSignIn;
    }

    public org.citizenservices.core.api.operator.SupplierDesk supplierDesk() {
        return supplierDesk;
    }

    /** A practice administrator's own staff. */
    public org.citizenservices.core.api.practice.StaffAccounts staffAccounts() {
        return staffAccounts;
    }

    /** Activation links of new practice users and supplier administrators. */
    public org.citizenservices.core.api.practice.StaffActivation staffActivation() {
        return staffActivation;
    }

    public org.citizenservices.core.api.practice.PracticeServices practices() {
        return practices;
    }

    public org.citizenservices.core.api.practice.StaffSignIn staffSignIn() {
        return staffSignIn;
    }

    public org.citizenservices.core.api.patient.PatientRegister patients() {
        return patients;
    }

    public org.citizenservices.core.api.vua.VuaAccounts accounts() {
        return accounts;
    }

    /** Identity verification of account holders, with its evidence. */
    public org.citizenservices.core.api.vua.IdentityVerifications identityVerifications() {
        return identityVerifications;
    }

    /** Online applications to act for someone, and the practice's decisions on them. */
    public org.citizenservices.core.api.vua.ProxyApplications proxyApplications() {
        return new org.citizenservices.core.internal.vua.ProxyApplicationsService(new CoreContext(transactions, audit,
                clock), new AccountStatusRule(audit, clock), outbox::enqueue);
    }

    /** Accounts' associations with patients: their own access and proxies'. */
    public org.citizenservices.core.api.vua.PatientAssociations associations() {
        return associations;
    }

    /** Linkage keys, their registration letters, and the linkages built on them. */
    public LinkageKeys linkageKeys() {
        return linkageKeys;
    }

    public CitizenAccounts citizens() {
        return citizens;
    }

    /** A citizen's accounts at several practices behind one portal sign-in. */
    public org.citizenservices.core.api.vua.CitizenPractices citizenPractices() {
        return citizenPractices;
    }

    /** Re-applies the account status rule as association dates are reached; the host runs it on a schedule. */
    public Runnable accountStatusSweep() {
        return accountStatusSweep::run;
    }

    /** The registration-letter check behind portal set-up and app linkage (the patient API uses it too). */
    public org.citizenservices.core.api.vua.LinkageCheck linkageCheck() {
        return linkageCheck;
    }

    public org.citizenservices.core.api.access.AccessDecisions access() {
        return access;
    }

    /** Notices to citizens, queued with the change that causes them and sent after it commits. */
    public org.citizenservices.core.api.notify.NotificationOutbox outbox() {
        return outbox;
    }

    /** Verified contact: codes that confirm an email address or mobile number before any notice goes there. */
    public org.citizenservices.core.api.vua.ContactConfirmations contacts() {
        return contacts;
    }

    /** Capabilities' service access: the one access rule, asking {@code caller} who is on the thread. */
    public org.citizenservices.spi.ServiceAccess serviceAccess(org.citizenservices.core.api.access.Caller caller,
                                                               Runnable notificationQueued) {
        return new org.citizenservices.core.internal.access.ServiceAccessRule(access, patients, practices, outbox, audit,
                staffSignIn::isCurrent, caller, notificationQueued);
    }

    /** NL01: accounts opened and signed in by NHS login. */
    public org.citizenservices.core.api.vua.NhsLoginAccounts nhsLogin() {
        return nhsLogin;
    }

    public org.citizenservices.core.api.audit.AuditTrail audit() {
        return audit;
    }

    public org.citizenservices.core.api.vua.SessionRevocations sessionRevocations() {
        return revocations;
    }

    public Clock clock() {
        return clock;
    }

    /** For capabilities reading their practice settings and for tests. */
    public Transactions transactions() {
        return transactions;
    }

    /** The core's revision now: it moves on after every committed write that may change who may do what. */
    public long revision() {
        return transactions.revision();
    }

    /** The database for the host's own tables (schema {@code HOST}, plain SQL); bookkeeping, so no revision. */
    public EntityManagerFactory hostTables() {
        return unit.entityManagerFactory();
    }

    @Override
    public void close() {
        audit.close();
        unit.close();
    }
}
