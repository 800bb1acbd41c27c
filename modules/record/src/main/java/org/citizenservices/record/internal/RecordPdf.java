package org.citizenservices.record.internal;

import org.citizenservices.record.internal.PdfPages.Style;
import org.citizenservices.spi.Formats;

import java.util.List;

/**
 * A {@link RecordCopy} as a PDF for people to read, keep or print: whose record and from which practice, when it was
 * made, the statement every view of the record carries, then each section the level shows with its items newest
 * first — each as the page shows it (the date, the term and its type, the details of a medicine or a result with its
 * flag and the clinician's comment, the linked problem, free text and practice notes where the level shows them, and
 * who recorded it).
 */
final class RecordPdf {

    private RecordPdf() {
    }

    static byte[] of(RecordCopy copy) {
        try (PdfPages pdf = new PdfPages("GP record of " + copy.patient().displayName())) {
            pdf.paragraph(Style.TITLE, "GP record of " + copy.patient().displayName());
            pdf.paragraph(Style.TEXT, "From " + copy.practiceName() + ". Made on "
                    + Formats.dateTime(copy.madeAt()) + ".");
            if (copy.demographics()) {
                pdf.paragraph(Style.TEXT, "Date of birth: " + Formats.date(copy.patient().dateOfBirth())
                        + " · NHS number: " + copy.patient().nhsNumber());
            }
            pdf.paragraph(Style.SMALL, copy.statement());
            for (RecordSection section : copy.sections()) {
                pdf.paragraph(Style.HEADING, section.label());
                List<RecordItem> items = copy.in(section);
                if (items.isEmpty()) {
                    pdf.paragraph(Style.TEXT, "Nothing is recorded here.");
                }
                items.forEach(item -> item(pdf, item));
            }
            return pdf.bytes();
        }
    }

    private static void item(PdfPages pdf, RecordItem item) {
        pdf.space(4);
        pdf.paragraph(Style.BOLD, Formats.shortDateTime(item.effectiveAt()) + " — " + item.term() + " ("
                + item.type().label() + ")");
        TestResult result = item.result();
        if (result != null) {
            line(pdf, "Test request: ", result.request());
            line(pdf, "", result.measurementAndFlag());
            line(pdf, "Comment from your practice: ", result.comment());
        } else {
            line(pdf, "", item.details());
        }
        line(pdf, "Problem: ", item.problem());
        line(pdf, "Recorded: ", item.codedEntries().isEmpty() ? null : String.join("; ", item.codedEntries()));
        line(pdf, "", item.freeText());
        line(pdf, "Practice note: ", item.annotation());
        line(pdf, "", item.document() == null ? null : "A document: open it from your online record.");
        pdf.paragraph(Style.SMALL, "Recorded by " + RecordBundle.who(item));
    }

    private static void line(PdfPages pdf, String label, String text) {
        if (text != null && !text.isBlank()) {
            pdf.paragraph(Style.TEXT, label + text);
        }
    }
}
