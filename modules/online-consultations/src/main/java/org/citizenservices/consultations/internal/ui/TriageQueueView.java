package org.citizenservices.consultations.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.citizenservices.consultations.internal.ConsultationPhotos;
import org.citizenservices.consultations.internal.CoreHours;
import org.citizenservices.consultations.internal.QueueFilter;
import org.citizenservices.consultations.internal.QueueItem;
import org.citizenservices.consultations.internal.TriageQueue;
import org.citizenservices.spi.ErrorSummary;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StatusMessage;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The practice's triage queue: its patients' online consultations, urgent first and then the longest waiting, each
 * with its due time against the one-working-day target; one opened below to assign, set urgency and record the
 * outcome. Every step is the {@link TriageQueue}'s, which checks the role and audits.
 */
public class TriageQueueView extends VerticalLayout {

    private final TriageQueue queue;
    private final ConsultationPhotos photos;
    private final ErrorSummary errors = new ErrorSummary("triage-error-summary");
    private final StatusMessage message = new StatusMessage("triage-message");
    private final Select<QueueFilter> filter = new Select<>();
    private final Grid<QueueItem> list = new Grid<>();
    private final Div opened = new Div();

    public TriageQueueView(TriageQueue queue, ConsultationPhotos photos,
                           CoreHours hours, Clock clock) {
        this.queue = queue;
        this.photos = photos;
        setId("triage-queue-view");
        add(new H1("Online consultations"));
        add(new Paragraph("Requests your patients sent online. Each is due an outcome by the end of core hours ("
                + Formats.time(CoreHours.CLOSES) + ") on the next working day."));
        if (!LocalDate.now(clock).isBefore(hours.holidays().knownUntil().withMonth(10).withDayOfMonth(1))) {
            Paragraph stale = new Paragraph("The module knows bank holidays only until "
                    + Formats.date(hours.holidays().knownUntil()) + ". Ask your supplier for an update.");
            stale.setId("triage-holidays-warning");
            add(stale);
        }
        filter.setId("triage-filter");
        filter.setLabel("Show");
        filter.setItems(QueueFilter.values());
        filter.setItemLabelGenerator(QueueFilter::label);
        filter.setValue(QueueFilter.OPEN);
        filter.addValueChangeListener(change -> refresh());
        configureList();
        opened.setId("triage-opened");
        add(errors, message, filter, list, opened);
        refresh();
    }

    private void configureList() {
        list.setId("triage-list");
        list.addColumn(QueueItem::patientName).setHeader("Patient").setAutoWidth(true);
        list.addColumn(QueueItem::nhsNumber).setHeader("NHS number").setAutoWidth(true);
        list.addColumn(i -> i.request().title()).setHeader("Request").setAutoWidth(true);
        list.addColumn(i -> Formats.shortDateTime(i.request().receivedAt())).setHeader("Received");
        list.addColumn(i -> (i.overdue() ? "Overdue: " : "") + Formats.shortDateTime(i.dueBy())).setHeader("Due by");
        list.addColumn(i -> i.urgency().label()).setHeader("Urgency");
        list.addColumn(i -> i.assignedTo() == null ? "Not assigned" : i.assignedTo()).setHeader("Assigned to");
        list.addColumn(i -> i.request().statusLabel()).setHeader("Status");
        list.addComponentColumn(this::openButton).setHeader("Action");
        list.setAllRowsVisible(true);
    }

    private Button openButton(QueueItem item) {
        Button open = new Button("Open", click -> open(item));
        open.setId("triage-open-" + item.request().id());
        // the button names its request for screen readers, whose users hear it apart from its row
        open.getElement().setAttribute("aria-label", "Open request " + item.request().id() + " from "
                + item.patientName());
        return open;
    }

    private void open(QueueItem item) {
        opened.removeAll();
        opened.add(new TriagePanel(item, queue, photos::practicePhoto, errors, done -> {
            opened.removeAll();
            message.say(done, errors);
            refresh();
        }));
    }

    private void refresh() {
        try {
            list.setItems(queue.queue(filter.getValue()));
        } catch (SecurityException refused) {
            errors.show(refused.getMessage(), null);
        }
    }
}
