package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.citizenservices.record.internal.EntryType;
import org.citizenservices.record.internal.NewEntry;
import org.citizenservices.record.internal.RecordKeeping;
import org.citizenservices.record.internal.Source;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.UploadPolicy;
import org.citizenservices.spi.UploadReceiver;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** "Add a document" on the clinician's record page: the file streamed and checked by the host, then stored. */
final class DocumentForm extends Div {

    private byte[] uploaded;

    /**
     * @param act runs a change and reports it (the page's own: refreshes the entries, shows the message)
     */
    DocumentForm(RecordKeeping record, UploadPolicy uploads, Clock practiceClock, long patientId,
                 Supplier<Source> source, BiConsumer<Runnable, String> act, Consumer<String> say) {
        Select<EntryType> type = new Select<>();
        type.setId("document-type");
        type.setLabel("Document type");
        type.setItems(EntryType.CLINICAL_DOCUMENT, EntryType.ADMINISTRATIVE_DOCUMENT);
        type.setItemLabelGenerator(EntryType::label);
        type.setValue(EntryType.CLINICAL_DOCUMENT);
        TextField title = FormFields.text("Title", "document-title", 300);
        DatePicker date = new DatePicker("Date");
        date.setId("document-date");
        date.setLocale(Locale.UK);
        date.setValue(LocalDate.now(practiceClock));
        // streamed to a counted temporary file, stopped at the limit, its type read from the bytes by the host
        Upload upload = new Upload(new UploadReceiver(uploads, RecordKeeping.DOCUMENT_TYPES, (name, bytes) -> uploaded = bytes,
                say::accept));
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RecordKeeping.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg",
                "text/plain", ".txt");
        Button add = new Button("Add document", e -> act.accept(() -> {
            if (uploaded == null) {
                throw new IllegalArgumentException("Upload the document's file first.");
            }
            record.addDocument(patientId, NewEntry.coded(type.getValue(), null, title.getValue(),
                    date.getValue() == null ? null : date.getValue().atTime(LocalTime.now(practiceClock)),
                    source.get()), uploaded);
            uploaded = null;
        }, "Document added. It is not shown online until a clinician marks it reviewed."));
        add.setId("document-add");
        add(new H2("Add a document"), new FormLayout(type, title, date, upload, add));
    }
}
