package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.record.internal.EntryType;
import org.citizenservices.record.internal.NewEntry;
import org.citizenservices.record.internal.RecordEntry;
import org.citizenservices.record.internal.RecordKeeping;
import org.citizenservices.record.internal.RecordSection;
import org.citizenservices.record.internal.ResultFlag;
import org.citizenservices.record.internal.Source;
import org.citizenservices.record.internal.TestResult;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * "Record an entry" on the clinician's record page: any coded entry, a medicine's dosage and quantity, or a result's
 * value, unit, range, flag, comment for the patient and request. The entry checks itself ({@link NewEntry}).
 */
final class EntryForm extends Div {

    private final Select<EntryType> type = new Select<>();
    private final TextField term = FormFields.text("Term (description)", "entry-term", 300);
    private final TextField snomed = FormFields.text("SNOMED CT concept id", "entry-snomed", 18);
    private final DatePicker date = new DatePicker("Date");
    private final TextArea text = FormFields.area("Free text", "entry-text", 8000);
    private final TextField dosage = FormFields.text("Dosage (medicines)", "entry-dosage", 200);
    private final TextField quantity = FormFields.text("Quantity (medicines)", "entry-quantity", 100);
    private final TextField value = FormFields.text("Result value", "entry-value", 100);
    private final TextField unit = FormFields.text("Unit", "entry-unit", 40);
    private final TextField range = FormFields.text("Reference range", "entry-range", 60);
    private final Select<ResultFlag> flag = new Select<>();
    private final TextArea comment = FormFields.area("Comment for the patient (results)", "entry-comment", 1000);
    private final TextField request = FormFields.text("Test request, e.g. Full blood count (results)",
            "entry-request", 200);
    private final TextField restriction = FormFields.text("Restrict from View Record: why (empty: shown online)",
            "entry-restriction", org.citizenservices.record.internal.EntryRestriction.MAX_REASON);
    private final Select<RecordEntry> problem;
    private final Select<RecordEntry> consultation;

    /**
     * @param all the patient's entries, to link a problem or a consultation
     * @param act runs a change and reports it (the page's own: refreshes the entries, shows the message)
     */
    EntryForm(RecordKeeping keeping, Clock practiceClock, long patientId, List<RecordEntry> all,
              Supplier<Source> source, BiConsumer<Runnable, String> act) {
        type.setId("entry-type");
        type.setLabel("Type");
        type.setItems(Arrays.stream(EntryType.values()).filter(t -> !t.isDocument()).toList());
        type.setItemLabelGenerator(EntryType::label);
        date.setId("entry-date");
        date.setLocale(Locale.UK);
        date.setValue(LocalDate.now(practiceClock));
        flag.setId("entry-flag");
        flag.setLabel("Laboratory's flag (results)");
        flag.setEmptySelectionAllowed(true);
        flag.setEmptySelectionCaption("None");
        flag.setItems(ResultFlag.values());
        flag.setItemLabelGenerator(f -> f == null ? "None" : f.label());
        problem = chooser("entry-problem", "Linked problem (optional)", all.stream()
                .filter(e -> e.section() == RecordSection.PROBLEMS).toList());
        consultation = chooser("entry-consultation", "Recorded in consultation (optional)",
                all.stream().filter(e -> e.type() == EntryType.CONSULTATION).toList());
        Button add = new Button("Record entry", e -> act.accept(() -> keeping.record(patientId,
                entry(source.get(), LocalTime.now(practiceClock)), restriction.getValue()), "Recorded."));
        add.setId("entry-add");
        add(new H2("Record an entry"), new FormLayout(type, term, snomed, date, text, problem, consultation, dosage,
                quantity, value, unit, range, flag, comment, request, restriction, add));
    }

    private NewEntry entry(Source source, LocalTime now) {
        if (type.getValue() == null) {
            throw new IllegalArgumentException("Choose the type of entry.");
        }
        TestResult result = new TestResult(value.getValue(), unit.getValue(), range.getValue(), flag.getValue(),
                comment.getValue(), request.getValue());
        return new NewEntry(type.getValue(), snomed.getValue(), term.getValue(), text.getValue(),
                date.getValue() == null ? null : date.getValue().atTime(now), source, null, dosage.getValue(),
                quantity.getValue(), result, false,
                Optional.ofNullable(consultation.getValue()).map(RecordEntry::id).orElse(null))
                .linkedTo(Optional.ofNullable(problem.getValue()).map(RecordEntry::id).orElse(null));
    }

    /** An optional choice among the patient's entries, named by date and term. */
    private static Select<RecordEntry> chooser(String id, String label, List<RecordEntry> choices) {
        Select<RecordEntry> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("None");
        select.setItems(choices);
        select.setItemLabelGenerator(e -> e == null ? "None"
                : Formats.date(e.effectiveAt().toLocalDate()) + " — " + e.term());
        return select;
    }
}
