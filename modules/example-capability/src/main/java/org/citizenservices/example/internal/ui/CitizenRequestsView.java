package org.citizenservices.example.internal.ui;

import org.citizenservices.example.internal.RequestSummary;
import org.citizenservices.example.internal.Requests;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.citizenservices.spi.ErrorSummary;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

/**
 * The citizen's page: send the practice a request and see the ones sent before, for whichever patient they act
 * for. Errors follow the NHS pattern: a summary at the top linking to the field, and the message on the field. The
 * requests sent are a {@link StackingTable}: a table on a wide screen, a card each on a phone.
 */
public class CitizenRequestsView extends VerticalLayout {

    private final Requests requests;
    private final ErrorSummary errorSummary = new ErrorSummary("travel-health-error-summary");
    private final TextArea details = new TextArea("What would you like to ask the practice?");
    private final Button send = new Button("Send request");
    private final StackingTable<RequestSummary> sent = new StackingTable<RequestSummary>("travel-health-requests",
            "You have not sent any requests yet.")
            .column("Sent", request -> Formats.dateTime(request.receivedAt()))
            .column("Your request", RequestSummary::details)
            .column("Status", RequestSummary::statusLabel);

    public CitizenRequestsView(Requests requests) {
        this.requests = requests;
        setId("travel-health-view");
        setMaxWidth("50rem");
        add(new H1("Travel health"));
        add(new Paragraph("Send your GP practice a request. The practice reads requests during opening hours. "
                + "If you need help now, call 111, or 999 in an emergency."));
        configureDetails();
        configureSend();
        add(errorSummary, details, send, new H2("Your requests"), sent);
        showSent();
    }

    private void configureDetails() {
        details.setId("travel-health-details");
        details.setWidthFull();
        details.setMaxLength(1000);
        details.setHelperText("Do not include anything urgent.");
    }

    private void configureSend() {
        send.setId("travel-health-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> sendRequest());
    }

    private void sendRequest() {
        try {
            RequestSummary request = requests.send(details.getValue());
            details.clear();
            errorSummary.clear();
            showSent();
            details.setHelperText("Request sent on " + Formats.dateTime(request.receivedAt()) + ".");
        } catch (IllegalArgumentException refused) {
            errorSummary.show(refused.getMessage(), details);
        }
    }

    private void showSent() {
        sent.setItems(requests.mine());
    }
}
