package org.citizenservices.example.internal.ui;

import org.citizenservices.example.internal.PracticeRequest;
import org.citizenservices.example.internal.Requests;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citizenservices.spi.Formats;

/** The practice's list of requests from its patients, waiting ones first, each marked done when dealt with. */
public class PracticeRequestsView extends VerticalLayout {

    private final Requests requests;
    private final Grid<PracticeRequest> list = new Grid<>();

    public PracticeRequestsView(Requests requests) {
        this.requests = requests;
        setId("practice-travel-health-view");
        add(new H1("Travel health requests"));
        add(new Paragraph("Requests your patients sent online. Mark each one done when you have dealt with it; "
                + "the patient sees the change."));
        configureList();
        add(list);
        refresh();
    }

    private void configureList() {
        list.setId("practice-travel-health-list");
        list.addColumn(r -> r.patientName()).setHeader("Patient").setAutoWidth(true);
        list.addColumn(r -> r.nhsNumber()).setHeader("NHS number").setAutoWidth(true);
        list.addColumn(r -> Formats.shortDateTime(r.request().receivedAt())).setHeader("Received");
        list.addColumn(r -> r.request().sentBy()).setHeader("Sent by");
        list.addColumn(r -> r.request().details()).setHeader("Request").setFlexGrow(3);
        list.addColumn(r -> r.request().statusLabel()).setHeader("Status");
        list.addComponentColumn(this::doneButton).setHeader("Action");
        list.setAllRowsVisible(true);
    }

    private Button doneButton(PracticeRequest row) {
        Button done = new Button("Mark done", click -> {
            try {
                requests.markDone(row.request().id());
                refresh();
            } catch (IllegalArgumentException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        done.setId("practice-travel-health-done-" + row.request().id());
        done.setEnabled("RECEIVED".equals(row.request().status()));
        // the button names its request for screen readers, whose users hear it apart from its row
        done.getElement().setAttribute("aria-label", "Mark done: request from " + row.patientName());
        return done;
    }

    private void refresh() {
        list.setItems(requests.practiceList());
    }
}
