package org.citizenservices.record.internal.ui;

import org.citizenservices.spi.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.citizenservices.record.internal.RecordItem;
import org.citizenservices.record.internal.RecordPage;
import org.citizenservices.spi.RecordAccessLevel;

import java.util.Locale;

/** What the patient would see online at a level, shown to the clinician before they change restrictions or reviews. */
final class ViewAsPatientDialog extends Dialog {

    ViewAsPatientDialog(String patientName, RecordAccessLevel level, RecordPage page) {
        setId("view-as-dialog");
        setHeaderTitle(patientName + " would see, at " + level.name().replace('_', ' ').toLowerCase(Locale.UK));
        Grid<RecordItem> items = new Grid<>();
        items.setId("view-as-items");
        items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addColumn(i -> Formats.shortDateTime(i.effectiveAt())).setHeader("Date").setWidth("11rem")
                .setFlexGrow(0);
        items.addColumn(i -> i.section().label()).setHeader("Section");
        items.addColumn(i -> i.term() + (i.freeText() == null ? "" : " — " + i.freeText())).setHeader("Entry")
                .setFlexGrow(3);
        items.setItems(page.items());
        items.setWidth("min(80rem, 90vw)");
        Paragraph newEntries = new Paragraph(page.newEntriesFrom() == null
                ? "No new-entry access: everything follows the level."
                : "With new-entry access, entries from " + Formats.date(page.newEntriesFrom())
                + " in full, whatever the level (the patient only, not a proxy).");
        newEntries.setId("view-as-new-entries");
        add(new Paragraph(page.statement()), newEntries, new Paragraph(page.total() + " entries"), items);
        Button close = new Button("Close", e -> close());
        close.setId("view-as-close");
        getFooter().add(close);
    }
}
