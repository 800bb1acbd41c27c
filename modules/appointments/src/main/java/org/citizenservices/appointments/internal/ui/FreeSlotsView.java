package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.appointments.internal.SlotSearch;
import org.citizenservices.appointments.internal.AppointmentBook;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Free appointments a patient can book online, filtered by date. */
public class FreeSlotsView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AppointmentBook slots;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<FreeSlot> grid = new Grid<>();
    private final Paragraph message = new Paragraph();

    public FreeSlotsView(AppointmentBook slots, Clock practiceClock) {
        this.slots = slots;
        setId("free-slots-view");
        setMaxWidth("70rem");
        add(new H1("Available appointments"));
        configureFilters(LocalDate.now(practiceClock));
        configureGrid();
        message.setId("free-slots-message");
        add(new HorizontalLayout(from, to), message, grid);
        search();
    }

    private void configureFilters(LocalDate today) {
        from.setId("slots-from");
        to.setId("slots-to");
        from.setMin(today);
        to.setMin(today);
        from.setValue(today);
        to.setValue(today.plusDays(14));
        from.addValueChangeListener(e -> search());
        to.addValueChangeListener(e -> search());
    }

    private void configureGrid() {
        grid.setId("free-slots");
        // wrapped cells instead of a sideways scroll: the page must work at 320 px and at 400 % zoom
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> DAY.format(s.start())).setHeader("Date").setFlexGrow(2);
        grid.addColumn(s -> TIME.format(s.start()) + " to " + TIME.format(s.end())).setHeader("Time")
                .setFlexGrow(2);
        grid.addColumn(s -> s.clinicianName() + " (" + s.clinicianRole() + ")").setHeader("With").setFlexGrow(3);
        grid.addColumn(FreeSlot::slotType).setHeader("Type").setFlexGrow(3);
        grid.addColumn(s -> s.mode().label()).setHeader("How").setFlexGrow(1);
        grid.addColumn(FreeSlot::location).setHeader("Where").setFlexGrow(2);
        grid.setHeight("32rem");
    }

    private void search() {
        if (from.getValue() == null || to.getValue() == null) {
            show(List.of(), "Choose a start and an end date.");
            return;
        }
        try {
            List<FreeSlot> found = slots.freeSlots(new SlotSearch(from.getValue(), to.getValue()));
            show(found, found.isEmpty()
                    ? "There are no appointments available online for these dates. Try other dates, or call the practice."
                    : found.size() + " appointments available.");
        } catch (IllegalArgumentException invalid) {
            show(List.of(), invalid.getMessage());
        }
    }

    private void show(List<FreeSlot> found, String text) {
        grid.setItems(found);
        message.setText(text);
        grid.setVisible(!found.isEmpty());
    }
}
