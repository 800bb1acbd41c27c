package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.citizenservices.record.internal.AccessRequests;
import org.citizenservices.record.internal.DocumentFile;
import org.citizenservices.record.internal.ExportFormat;
import org.citizenservices.record.internal.MandatedStatement;
import org.citizenservices.record.internal.RecordItem;
import org.citizenservices.record.internal.RecordPage;
import org.citizenservices.record.internal.RecordPages;
import org.citizenservices.record.internal.RecordRefused;
import org.citizenservices.record.internal.RecordSection;
import org.citizenservices.record.internal.RecordSort;
import org.citizenservices.record.internal.ViewRecord;
import org.citizenservices.spi.CitizenHeading;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.SectionTabs;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.StackingTable;
import org.citizenservices.spi.StatusMessage;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The citizen's record, for themself or the patient they act for: the mandated statement, one tab per section their
 * level shows (a select on a phone), each a list read a page at a time (a long record is fetched as the reader asks
 * for more) sorted as they choose, and documents that open in the browser.
 */
public class RecordView extends VerticalLayout {

    private final ViewRecord record;
    private static final int PAGE = 25;

    private final StackingTable<RecordItem> items = new StackingTable<>("record-items", "Nothing is recorded here.");
    private final Select<RecordSort> sort = new Select<>();
    private final StatusMessage message = new StatusMessage("record-message");
    private SectionTabs<RecordSection> sections;

    public RecordView(ViewRecord record, AccessRequests requests, ServiceAccess access) {
        this.record = record;
        setId("record-view");
        setMaxWidth("80rem");
        CurrentCitizen citizen = access.currentCitizen().orElseThrow();
        add(CitizenHeading.of(citizen, "Your GP record", "GP record for "));
        Paragraph statement = new Paragraph(MandatedStatement.TEXT);
        statement.setId("record-statement");
        statement.getElement().setAttribute("role", "note");
        add(statement, message);

        RecordPage first;
        try {
            first = record.page(null, RecordSort.DATE, 0, 1);
        } catch (RecordRefused | ServiceNotAvailableException refused) {
            message.setText(refused.getMessage());
            return;
        }
        if (first.sections().contains(RecordSection.ADMINISTRATIVE)) {
            // demographics are FULL data: who the record is about, as the practice registered them
            Paragraph demographics = new Paragraph("Name: " + citizen.actingFor().displayName() + " · Date of birth: "
                    + Formats.date(citizen.actingFor().dateOfBirth()) + " · NHS number: "
                    + spaced(citizen.actingFor().nhsNumber()) + " · Registered with " + citizen.practiceName());
            demographics.setId("record-demographics");
            add(demographics);
        }
        sections = new SectionTabs<>("record-sections", "Section", first.sections(), RecordSection::label,
                s -> "record-tab-" + s.name().toLowerCase().replace('_', '-'), s -> show());
        configureSort();
        configureItems();
        HorizontalLayout choices = new HorizontalLayout(sections, sort);
        choices.setWrap(true);
        choices.setWidthFull();
        add(choices, items, downloads(), new MoreAccessPanel(requests, access.recordAccess(), first.newEntriesFrom(),
                citizen.actingFor().self()));
        show();
    }

    /** Everything this page can show, as a file to keep: the service builds it from the same pages, and audits it. */
    private Component downloads() {
        HorizontalLayout downloads = new HorizontalLayout(
                download(ExportFormat.PDF, "Download your record (PDF)", "record-download-pdf"),
                download(ExportFormat.FHIR, "Download for another app (FHIR)", "record-download-fhir"));
        downloads.setWrap(true);
        return downloads;
    }

    private Anchor download(ExportFormat format, String text, String id) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            // the download runs outside the page's request: the citizen's access is read under the session lock
            VaadinSession session = event.getSession();
            session.lock();
            try {
                java.time.Clock clock = PracticeTime.clock();
                DocumentFile file = record.export(format, java.time.LocalDateTime.now(clock), clock.getZone());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            } catch (RecordRefused | ServiceNotAvailableException refused) {
                return DownloadResponse.error(403, refused.getMessage());
            } finally {
                session.unlock();
            }
        }), text);
        anchor.setId(id);
        return anchor;
    }

    private void configureSort() {
        sort.setId("record-sort");
        sort.setLabel("Sort by");
        sort.setItems(RecordSort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case DATE -> "Date (newest first)";
            case TYPE -> "Type";
            case PROBLEM -> "Problem";
            case SOURCE -> "Where it came from";
        });
        sort.setValue(RecordSort.DATE);
        sort.addValueChangeListener(e -> show());
    }

    private void configureItems() {
        items.column("Date", i -> Formats.shortDateTime(i.effectiveAt()))
                .column("Entry", this::entry)
                .column("Problem", RecordItem::problem)
                .column("Recorded by", i -> i.source().recordedBy());
    }

    private static String spaced(String nhsNumber) {
        return nhsNumber.length() == 10 ? nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " "
                + nhsNumber.substring(6) : nhsNumber;
    }

    /**
     * Pages are fetched as the reader asks for more; each fetch is a record access the service audits, and is refused
     * if the access went meanwhile (the practice switched the service off, a proxy's access ended): then the page says
     * why, as it does when it opens, and shows nothing more.
     */
    private void show() {
        RecordSection shown = sections.chosen();
        RecordSort order = sort.getValue() == null ? RecordSort.DATE : sort.getValue();
        items.setPages(PAGE, (offset, limit) -> {
            try {
                return record.page(shown, order, offset, Math.min(limit, RecordPages.MAX_PAGE)).items();
            } catch (RecordRefused | ServiceNotAvailableException refused) {
                message.setText(refused.getMessage());
                return List.of();
            }
        });
    }

    private void showTrend(RecordItem item) {
        try {
            new TrendDialog(record.trend(item.itemId())).open();
        } catch (RecordRefused | ServiceNotAvailableException refused) {
            message.setText(refused.getMessage());
        }
    }

    private Component entry(RecordItem item) {
        Div entry = new Div();
        entry.setId("record-item-" + item.itemId());
        Span term = new Span(item.term());
        term.getStyle().set("font-weight", "600");
        entry.add(term, new Span(" · " + item.type().label()));
        if (item.details() != null && item.section() != RecordSection.TEST_RESULTS) {
            entry.add(new Div(new Span(item.details())));
        }
        if (item.section() == RecordSection.TEST_RESULTS) {
            ResultPieces.forCitizen(item.itemId(), item.result()).forEach(entry::add);
            Button trend = new Button("See the trend", e -> showTrend(item));
            trend.setId("record-trend-" + item.itemId());
            trend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            trend.getElement().setAttribute("aria-label", "See the trend of " + item.term());
            entry.add(new Div(trend));
        }
        if (!item.codedEntries().isEmpty()) {
            entry.add(new Div(new Span("Recorded: " + String.join("; ", item.codedEntries()))));
        }
        if (item.freeText() != null) {
            Div text = new Div(new Span(item.freeText()));
            text.addClassName("record-free-text");
            entry.add(text);
        }
        if (item.annotation() != null) {
            entry.add(new Div(new Span("Practice note: " + item.annotation())));
        }
        if (item.document() != null) {
            Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
                // the download runs outside the page's request: the citizen's access is read under the session lock
                VaadinSession session = event.getSession();
                session.lock();
                try {
                    DocumentFile file = record.document(item.itemId());
                    return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                            file.contentType(), file.content().length);
                } catch (RecordRefused refused) {
                    return DownloadResponse.error(404, refused.getMessage());
                } finally {
                    session.unlock();
                }
            }).inline(), "Open the document");
            open.setId("record-document-" + item.itemId());
            open.setTarget("_blank");
            open.getElement().setAttribute("aria-label", "Open " + item.term() + " in a new tab");
            entry.add(new Div(open));
        }
        return entry;
    }
}
