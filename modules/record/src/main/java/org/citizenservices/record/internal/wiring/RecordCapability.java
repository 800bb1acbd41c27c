package org.citizenservices.record.internal.wiring;

import org.citizenservices.record.internal.DemoRecords;
import org.citizenservices.record.internal.DocumentContent;
import org.citizenservices.record.internal.PatientRecord;
import org.citizenservices.record.internal.AccessRequest;
import org.citizenservices.record.internal.AccessRequests;
import org.citizenservices.record.internal.RecordEntry;
import org.citizenservices.record.internal.ResultColumns;
import org.citizenservices.record.internal.RecordKeeping;
import org.citizenservices.record.internal.RecordReview;
import org.citizenservices.record.internal.ViewRecord;
import org.citizenservices.record.internal.api.RecordApi;
import org.citizenservices.record.internal.ui.AccessRequestsView;
import org.citizenservices.record.internal.ui.PracticeRecordView;
import org.citizenservices.record.internal.ui.RecordView;
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
import java.util.List;

/** View Record - Citizen (E00357, E00361, E00362; GP-VWRD-4): the patient record online, at the practice's level. */
public final class RecordCapability extends NamedCapability {

    private static final Logger LOG = LoggerFactory.getLogger(RecordCapability.class);
    private final Clock practiceClock = PracticeTime.clock();
    private volatile ViewRecord viewRecord;
    private volatile RecordKeeping keeping;
    private volatile RecordReview review;
    private volatile AccessRequests requests;
    private volatile org.citizenservices.record.internal.ProspectiveAccess newEntries;
    private volatile ServiceAccess access;
    private volatile org.citizenservices.spi.UploadPolicy uploads;
    private volatile org.citizenservices.record.internal.RecordImport imports;

    public RecordCapability() {
        super("record", CitizenService.RECORD, "View Record",
                RecordEntry.class, ResultColumns.class, DocumentContent.class, PatientRecord.class,
                AccessRequest.class, org.citizenservices.record.internal.ProspectiveSwitch.class,
                org.citizenservices.record.internal.EntryRestriction.class);
    }

    @Override
    public void start(CapabilityContext context) {
        if (context.demoData()) {
            int seeded = DemoRecords.seedIfEmpty(context.entityManagerFactory(), context::demoPatientId);
            if (seeded > 0) {
                LOG.info("Seeded the demo records: {} entries", seeded);
            }
        }
        access = context.serviceAccess();
        uploads = context.uploads().withMaxFileBytes(RecordKeeping.MAX_DOCUMENT_BYTES);
        newEntries = new org.citizenservices.record.internal.ProspectiveAccess(context.entityManagerFactory(),
                context.serviceAccess(), practiceClock);
        viewRecord = new ViewRecord(context.entityManagerFactory(), context.serviceAccess(), newEntries);
        keeping = new RecordKeeping(context.entityManagerFactory(), context.serviceAccess(), practiceClock,
                context.uploads());
        review = new RecordReview(context.entityManagerFactory(), context.serviceAccess(), practiceClock,
                newEntries);
        requests = new AccessRequests(context.entityManagerFactory(), context.serviceAccess(), practiceClock);
        imports = new org.citizenservices.record.internal.RecordImport(context.entityManagerFactory(), practiceClock,
                context.uploads(), context.serviceAccess());
    }

    @Override
    public List<org.citizenservices.spi.ClinicalImport> imports() {
        return List.of(imports);
    }

    @Override
    public void stop() {
        viewRecord = null;
        keeping = null;
        review = null;
        requests = null;
        newEntries = null;
    }

    @Override
    public List<org.citizenservices.spi.PracticeSetting> settings() {
        return List.of(org.citizenservices.record.internal.ProspectiveAccess.SETTING);
    }

    @Override
    public List<ApiRoute> apiRoutes() {
        return new RecordApi(() -> viewRecord, practiceClock).routes();
    }

    @Override
    public List<org.citizenservices.spi.FhirRoute> fhirRoutes() {
        return new org.citizenservices.record.internal.gpconnect.RecordDocuments(() -> viewRecord, practiceClock)
                .routes();
    }

    @Override
    public List<org.citizenservices.spi.StructuredRecordSection> structuredRecordSections() {
        return org.citizenservices.record.internal.gpconnect.RecordSections.of(() -> viewRecord, access,
                practiceClock);
    }

    @Override
    public List<ViewContribution> views() {
        return List.of(ViewContribution.citizen("record", RecordView.class, "Your GP record", 20,
                        () -> new RecordView(viewRecord, requests, access)),
                ViewContribution.practice("practice/record", PracticeRecordView.class, "Patient records", 20,
                        Role.CLINICIAN, () -> new PracticeRecordView(keeping, review, newEntries, access,
                                practiceClock, uploads)),
                ViewContribution.practice("practice/record-requests", AccessRequestsView.class,
                        "Record access requests", 21, Role.CLINICIAN,
                        () -> new AccessRequestsView(requests, access, practiceClock)));
    }
}
