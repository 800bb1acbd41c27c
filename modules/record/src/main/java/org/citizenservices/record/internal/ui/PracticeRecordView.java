package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.record.internal.EntryType;
import org.citizenservices.record.internal.NewEntry;
import org.citizenservices.record.internal.RecordEntry;
import org.citizenservices.record.internal.RecordKeeping;
import org.citizenservices.record.internal.RecordPage;
import org.citizenservices.record.internal.RecordPages;
import org.citizenservices.record.internal.RecordRefused;
import org.citizenservices.record.internal.ProspectiveAccess;
import org.citizenservices.record.internal.RecordReview;
import org.citizenservices.record.internal.RecordSection;
import org.citizenservices.record.internal.RecordSort;
import org.citizenservices.record.internal.Source;
import org.citizenservices.record.internal.TestResult;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StatusMessage;
import org.citizenservices.spi.UploadPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A clinician's page for one patient's record: every entry with its online-view flags (restrict, review, file a
 * result), record an
 * entry or a document, the date back to which the record was reviewed, and "view as patient" at each level.
 */
public class PracticeRecordView extends VerticalLayout {

    private final RecordKeeping keeping;
    private final RecordReview reviewing;
    private final ProspectiveAccess newEntries;
    private final ServiceAccess access;
    private final Clock practiceClock;
    private final UploadPolicy uploads;
    private final StatusMessage messages = new StatusMessage("record-messages");
    private final Div patientArea = new Div();
    private final Grid<RecordEntry> entries = new Grid<>();
    private PracticePatient patient;
    private java.util.Map<Long, String> restrictions = java.util.Map.of();

    public PracticeRecordView(RecordKeeping keeping, RecordReview reviewing, ProspectiveAccess newEntries,
                              ServiceAccess access, Clock practiceClock, UploadPolicy uploads) {
        this.uploads = uploads;
        this.keeping = keeping;
        this.reviewing = reviewing;
        this.newEntries = newEntries;
        this.access = access;
        this.practiceClock = practiceClock;
        setId("practice-record-view");
        setMaxWidth("90rem");
        add(new H1("Patient records"));
        TextField nhs = FormFields.text("NHS number", "record-nhs", 12);
        Button open = new Button("Open record", e -> open(nhs.getValue()));
        open.setId("record-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout find = new HorizontalLayout(nhs, open);
        find.setAlignItems(Alignment.BASELINE);
        add(find, messages, patientArea);
        entries.setId("record-entries");
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        entries.setAllRowsVisible(true);
        entries.addColumn(e -> Formats.shortDateTime(e.effectiveAt())).setHeader("Date").setFlexGrow(0)
                .setWidth("11rem");
        entries.addColumn(e -> e.type().label()).setHeader("Type").setFlexGrow(0).setWidth("11rem");
        entries.addComponentColumn(this::entryCell).setHeader("Entry").setFlexGrow(3);
        entries.addComponentColumn(this::flags).setHeader("Online view").setFlexGrow(1);
    }

    private void open(String nhsNumber) {
        try {
            Optional<PracticePatient> found = access.findPracticePatient(nhsNumber);
            if (found.isEmpty()) {
                messages.setText("No patient of the practice has that NHS number.");
                return;
            }
            patient = found.get();
            show();
        } catch (IllegalArgumentException | SecurityException refused) {
            messages.setText(refused.getMessage());
        }
    }

    private void show() {
        patientArea.removeAll();
        RecordAccess configured = reviewing.configuredAccess(patient.patientId());
        H2 heading = new H2(patient.displayName() + " — NHS number " + patient.nhsNumber());
        heading.setId("record-patient");
        Paragraph level = new Paragraph("Online record access: " + configured.level().name().replace('_', ' ')
                .toLowerCase(Locale.UK) + (configured.from() == null ? "" : ", from "
                + Formats.date(configured.from())) + ".");
        List<RecordEntry> all = keeping.entries(patient.patientId(), null);
        restrictions = reviewing.restrictions(patient.patientId());
        patientArea.add(heading, level, new NewEntryAccessPanel(newEntries, patient.patientId(), this::act), viewAs(), reviewedBackTo(), new EntryForm(keeping, practiceClock,
                patient.patientId(), all, this::source, this::act), new DocumentForm(keeping, uploads,
                practiceClock, patient.patientId(), this::source, this::act, messages::setText), entries);
        entries.setItems(all);
    }

    private Component entryCell(RecordEntry entry) {
        Div cell = new Div();
        Span term = new Span(entry.term() + (entry.snomedId() == null ? "" : " (" + entry.snomedId() + ")"));
        term.getStyle().set("font-weight", "600");
        cell.add(term);
        TestResult result = Optional.ofNullable(entry.result()).orElse(TestResult.of(null, null, null));
        for (String line : new String[]{entry.dosage(), entry.quantity(), result.request() == null ? null
                : "Request: " + result.request(), result.measurementAndFlag(), result.comment() == null ? null
                : "Comment for the patient: " + result.comment(), entry.freeText(),
                entry.annotation() == null ? null : "Annotation: " + entry.annotation()}) {
            if (line != null) {
                cell.add(new Div(new Span(line)));
            }
        }
        cell.add(new Div(new Span(entry.source().recordedBy())));
        return cell;
    }

    private Component flags(RecordEntry entry) {
        VerticalLayout flags = new VerticalLayout();
        flags.setPadding(false);
        flags.setSpacing(false);
        if (entry.restricted()) {
            Span restricted = new Span("Restricted from View Record");
            restricted.getStyle().set("font-weight", "600");
            flags.add(restricted, new Span(restrictions.getOrDefault(entry.id(), "No reason recorded here")));
        }
        flags.add(new Span(entry.reviewedAt() == null ? "Not reviewed" : "Reviewed by " + entry.reviewedBy()));
        Button restrict = new Button(entry.restricted() ? "Lift restriction" : "Restrict",
                e -> restrictOrLift(entry));
        restrict.setId("restrict-" + entry.id());
        restrict.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button review = new Button(entry.reviewedAt() == null ? "Mark reviewed" : "Unmark reviewed",
                e -> act(() -> reviewing.setReviewed(entry.id(), entry.reviewedAt() == null),
                        entry.reviewedAt() == null ? "Marked reviewed." : "No longer marked reviewed."));
        review.setId("review-" + entry.id());
        review.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(restrict, review);
        if (entry.section() == RecordSection.TEST_RESULTS) {
            flags.add(new Span(entry.filedAt() == null ? "Not filed: not shown online" : "Filed"));
            if (entry.filedAt() == null) {
                Button file = new Button("File result", e -> act(() -> reviewing.fileResult(entry.id()),
                        "Filed: the patient can see it online, at a level that shows results."));
                file.setId("file-" + entry.id());
                file.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(file);
            }
        }
        if (entry.type().isDocument()) {
            Button annotate = new Button("Annotate", e -> new AnnotationDialog(reviewing, entry, this::act).open());
            annotate.setId("annotate-" + entry.id());
            annotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(annotate);
        }
        flags.add(actions);
        return flags;
    }

    private void restrictOrLift(RecordEntry entry) {
        if (entry.restricted()) {
            act(() -> reviewing.liftRestriction(entry.id()), "Restriction lifted.");
        } else {
            new ReasonDialog("restrict", "Restrict " + entry.term() + " from View Record", "Restrict",
                    org.citizenservices.record.internal.EntryRestriction.MAX_REASON,
                    "Restricted: it is never shown online.", this::act,
                    reason -> reviewing.restrict(entry.id(), reason)).open();
        }
    }

    private Component viewAs() {
        Select<RecordAccessLevel> level = new Select<>();
        level.setId("view-as-level");
        level.setLabel("View as the patient at");
        level.setItems(RecordAccessLevel.values());
        level.setValue(reviewing.configuredAccess(patient.patientId()).level());
        Button show = new Button("View as patient", e -> viewAsPatient(level.getValue()));
        show.setId("view-as");
        HorizontalLayout row = new HorizontalLayout(level, show);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void viewAsPatient(RecordAccessLevel level) {
        RecordPage page;
        try {
            page = reviewing.viewAs(patient.patientId(), level, null, RecordSort.DATE, 0, RecordPages.MAX_PAGE);
        } catch (RecordRefused | IllegalArgumentException | SecurityException refused) {
            messages.setText(refused.getMessage());
            return;
        }
        new ViewAsPatientDialog(patient.displayName(), level, page).open();
    }

    private Component reviewedBackTo() {
        DatePicker date = new DatePicker("Record reviewed back to");
        date.setId("reviewed-back-to");
        date.setLocale(Locale.UK);
        reviewing.reviewedBackTo(patient.patientId()).ifPresent(date::setValue);
        Button save = new Button("Save", e -> act(
                () -> reviewing.setReviewedBackTo(patient.patientId(), date.getValue()),
                "Saved: entries from that date count as reviewed by a clinician."));
        save.setId("reviewed-back-to-save");
        HorizontalLayout row = new HorizontalLayout(date, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Source source() {
        CurrentStaff staff = access.currentStaff().orElseThrow(() -> new SecurityException("Sign in as practice staff."));
        return new Source("GP practice " + staff.odsCode(), "Citizen Services", staff.displayName(), "Clinician");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            show();
            messages.setText(done);
        } catch (RecordRefused | IllegalArgumentException | SecurityException refused) {
            messages.setText(refused.getMessage());
        }
    }
}
