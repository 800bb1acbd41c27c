package org.citizenservices.prescriptions.internal.wiring;

import org.citizenservices.prescriptions.internal.Course;
import org.citizenservices.prescriptions.internal.DemoPrescriptions;
import org.citizenservices.prescriptions.internal.Nomination;
import org.citizenservices.prescriptions.internal.Pharmacy;
import org.citizenservices.prescriptions.internal.PharmacyProgressImport;
import org.citizenservices.prescriptions.internal.PharmacyNomination;
import org.citizenservices.prescriptions.internal.PrescribingQueue;
import org.citizenservices.prescriptions.internal.PrescriptionOrdering;
import org.citizenservices.prescriptions.internal.PrescriptionRequest;
import org.citizenservices.prescriptions.internal.RequestLine;
import org.citizenservices.prescriptions.internal.api.PrescriptionsApi;
import org.citizenservices.prescriptions.internal.ui.PrescribingQueueView;
import org.citizenservices.prescriptions.internal.ui.PrescriptionsView;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.NamedCapability;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Prescription Ordering - Citizen (E00327, E00328/E00330): repeat requests, the prescribing queue, EPS nomination. */
public final class PrescriptionsCapability extends NamedCapability {

    private static final Logger LOG = LoggerFactory.getLogger(PrescriptionsCapability.class);
    private volatile org.citizenservices.prescriptions.internal.MedicineImport medicines;
    private volatile PharmacyProgressImport pharmacyProgress;
    private final Clock practiceClock = PracticeTime.clock();
    private volatile PrescriptionOrdering ordering;
    private volatile PharmacyNomination nomination;
    private volatile PrescribingQueue prescribing;
    private volatile ServiceAccess access;

    public PrescriptionsCapability() {
        super("prescriptions", CitizenService.PRESCRIPTIONS, "Repeat prescriptions",
                Course.class, PrescriptionRequest.class, RequestLine.class, Pharmacy.class, Nomination.class,
                org.citizenservices.prescriptions.internal.RequestProgress.class);
    }

    @Override
    public void start(CapabilityContext context) {
        if (context.demoData()) {
            int seeded = DemoPrescriptions.seedIfEmpty(context.entityManagerFactory(), context::demoPatientId,
                    LocalDate.now(practiceClock));
            if (seeded > 0) {
                LOG.info("Seeded the demo medication courses ({}) and pharmacy directory", seeded);
            }
        }
        access = context.serviceAccess();
        ordering = new PrescriptionOrdering(context.entityManagerFactory(), context.serviceAccess(), practiceClock);
        nomination = new PharmacyNomination(context.entityManagerFactory(), context.serviceAccess(), practiceClock);
        prescribing = new PrescribingQueue(context.entityManagerFactory(), context.serviceAccess(), practiceClock);
        medicines = new org.citizenservices.prescriptions.internal.MedicineImport(context.entityManagerFactory(),
                practiceClock);
        pharmacyProgress = new PharmacyProgressImport(context.entityManagerFactory(), context.serviceAccess(),
                practiceClock);
    }

    @Override
    public void stop() {
        ordering = null;
        nomination = null;
        prescribing = null;
    }

    @Override
    public List<org.citizenservices.spi.ClinicalImport> imports() {
        return List.of(medicines, pharmacyProgress);
    }

    @Override
    public List<org.citizenservices.spi.FhirRoute> fhirRoutes() {
        return new org.citizenservices.prescriptions.internal.gpconnect.PrescriptionsFhir(() -> ordering,
                practiceClock).routes();
    }

    @Override
    public List<ApiRoute> apiRoutes() {
        return new PrescriptionsApi(() -> ordering, () -> nomination, practiceClock).routes();
    }

    @Override
    public List<ViewContribution> views() {
        return List.of(ViewContribution.citizen("prescriptions", PrescriptionsView.class, "Repeat prescriptions", 30,
                        () -> new PrescriptionsView(ordering, nomination, access)),
                ViewContribution.practice("practice/prescriptions", PrescribingQueueView.class, "Prescribing queue",
                        30, Role.STAFF, () -> new PrescribingQueueView(prescribing, nomination, access,
                                practiceClock)));
    }

    @Override
    public List<org.citizenservices.spi.PracticeSetting> settings() {
        return org.citizenservices.prescriptions.internal.OrderingRules.SETTINGS;
    }
}
