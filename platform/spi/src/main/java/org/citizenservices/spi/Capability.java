package org.citizenservices.spi;

import java.util.List;

/**
 * The one service a capability bundle registers to plug a citizen capability into the host.
 *
 * <p>Register it from a {@code BundleActivator} (or Declarative Services); the host picks it up at once:
 * <ol>
 *   <li>runs the bundle's versioned SQL migrations, {@code db/migration/V<n>__<description>.sql}, in order, each
 *       once (history table {@code SCHEMA_HISTORY_<ID>});</li>
 *   <li>opens an {@code EntityManagerFactory} over {@link #entityClasses()} with the bundle's class loader;</li>
 *   <li>calls {@link #start(CapabilityContext)};</li>
 *   <li>registers {@link #views()} in the portal and updates the navigation of every open page.</li>
 * </ol>
 * When the service is unregistered the host removes the views (moving anyone on them to the home page with a
 * notice), calls {@link #stop()} and closes the factory. Tables and rows stay: re-installing shows the same data.
 *
 * <p>Implementations must be cheap to construct; do the work in {@link #start(CapabilityContext)}.
 *
 * <p>A capability may also serve the patient API for third-party apps: {@link #apiRoutes()} (since 1.2) are added
 * under {@code /api/v1/patients/{patientLinkId}/} and to the OpenAPI document with its views, and go with them.
 */
public interface Capability {

    /** Stable id, lower case, e.g. {@code "appointments"}; names the module in health and its migration history. */
    String id();

    /** The citizen service this capability provides; the practice enables or disables it by this key. */
    CitizenService service();

    /** Name shown to practice staff and in health, e.g. {@code "Appointments"}. */
    String displayName();

    /** The views this capability adds to the portal; empty if it has none. */
    List<ViewContribution> views();

    /** The JPA entity classes of this capability, all loaded by its bundle; empty if it stores nothing. */
    default List<Class<?>> entityClasses() {
        return List.of();
    }

    /**
     * Called once the schema is migrated and before the views are registered. Build the capability's services here.
     *
     * @throws Exception if the capability cannot start; the host logs it, reports the module {@code FAILED} and
     *                   registers none of its views
     */
    default void start(CapabilityContext context) throws Exception {
    }

    /**
     * The patient API routes this capability serves, under {@code /api/v1/patients/{patientLinkId}/}; empty if none.
     * Called after {@link #start(CapabilityContext)}.
     *
     * @since 1.2
     */
    default List<ApiRoute> apiRoutes() {
        return List.of();
    }

    /**
     * What this capability takes from a practice's import from its clinical system (FHIR R4); empty if nothing.
     * Called after {@link #start(CapabilityContext)}.
     *
     * @since 1.12
     */
    default List<ClinicalImport> imports() {
        return List.of();
    }

    /**
     * The practice settings this capability reads, for the practice administrator's page: each shown in words with
     * its bounds, and a value outside them refused before it is stored; empty if it reads none.
     *
     * @since 1.13
     */
    default List<PracticeSetting> settings() {
        return List.of();
    }

    /**
     * The GP Connect (Patient Facing) FHIR routes this capability serves for apps whose user signed in with NHS login;
     * empty if none. Called after {@link #start(CapabilityContext)}.
     *
     * @since 1.14
     */
    default List<FhirRoute> fhirRoutes() {
        return List.of();
    }

    /**
     * The parts of GP Connect's structured record this capability serves ({@code includeAllergies}, ...); empty if
     * none. Called after {@link #start(CapabilityContext)}.
     *
     * @since 1.14
     */
    default List<StructuredRecordSection> structuredRecordSections() {
        return List.of();
    }

    /**
     * What the supplier administrator must see about practices now (a safety pause, say), shown on the supplier's
     * Practices page; empty if nothing. Called while the capability runs, outside any citizen's or staff member's
     * request: answer from the capability's own tables, quickly, and never with a patient's detail.
     *
     * @since 1.16
     */
    default List<SupplierNotice> supplierNotices() {
        return List.of();
    }

    /** Called after the views are removed and before the entity manager factory is closed. */
    default void stop() {
    }
}
