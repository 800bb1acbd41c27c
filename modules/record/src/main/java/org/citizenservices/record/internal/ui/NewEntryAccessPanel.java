package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.citizenservices.record.internal.ProspectiveAccess;

import java.util.function.BiConsumer;

/**
 * On a clinician's record page: what the patient's new-entry access is, and the decision to withhold it for their
 * safety (with a reason) or give it back.
 */
final class NewEntryAccessPanel extends HorizontalLayout {

    NewEntryAccessPanel(ProspectiveAccess newEntries, long patientId, BiConsumer<Runnable, String> act) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph status = new Paragraph(newEntries.describedFor(patientId));
        status.setId("new-entries-status");
        Button decide;
        if (newEntries.withheldFor(patientId)) {
            decide = new Button("Give new-entry access back", e -> act.accept(() -> newEntries.allow(patientId),
                    "New-entry access given back."));
        } else {
            decide = new Button("Withhold new-entry access", e -> new ReasonDialog("withhold-new-entries",
                    "Withhold new-entry access", "Withhold", ProspectiveAccess.MAX_REASON,
                    "New-entry access withheld: new entries follow the patient's level.", act,
                    reason -> newEntries.withhold(patientId, reason)).open());
        }
        decide.setId("new-entries-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(status, decide);
    }
}
