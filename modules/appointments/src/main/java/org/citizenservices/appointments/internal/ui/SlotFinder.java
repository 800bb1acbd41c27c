package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.citizenservices.appointments.internal.AppointmentMode;
import org.citizenservices.appointments.internal.BookMeta;
import org.citizenservices.appointments.internal.Clinician;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.appointments.internal.FreeSlotSearch;
import org.citizenservices.appointments.internal.SlotSearch;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Free appointments the patient can book online, with filters: dates, clinician, type and how it takes place. */
final class SlotFinder extends VerticalLayout {

    private static final String ANY = "Any";
    private static final int PAGE = 20;

    private final FreeSlotSearch freeSlots;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<String> clinician = new Select<>();
    private final Select<String> type = new Select<>();
    private final Select<String> mode = new Select<>();
    private final StackingTable<FreeSlot> slots = new StackingTable<>("free-slots", "");
    private final Paragraph message = new Paragraph();
    private final List<Clinician> clinicians = new ArrayList<>();

    SlotFinder(FreeSlotSearch freeSlots, Consumer<FreeSlot> onBook) {
        this.freeSlots = freeSlots;
        setId("free-slots-view");
        setPadding(false);
        BookMeta meta = freeSlots.meta();
        clinicians.addAll(meta.clinicians());
        add(new H2("Book an appointment"));
        add(new Paragraph("You can book up to " + meta.rules().bookingWindowDays() + " days ahead, and hold up to "
                + meta.rules().maxFutureAppointments() + " upcoming appointments booked online."));
        configureFilters(meta);
        configureTable(onBook);
        message.setId("free-slots-message");
        message.getElement().setAttribute("aria-live", "polite");
        FlexLayout filters = new FlexLayout(from, to, clinician, type, mode);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters, message, slots);
        search();
    }

    private void configureFilters(BookMeta meta) {
        from.setLocale(java.util.Locale.UK);
        to.setLocale(java.util.Locale.UK);
        from.setId("slots-from");
        to.setId("slots-to");
        from.setMin(meta.today());
        from.setMax(meta.lastBookableDay());
        to.setMin(meta.today());
        to.setMax(meta.lastBookableDay());
        from.setValue(meta.today());
        to.setValue(meta.today().plusDays(14).isAfter(meta.lastBookableDay()) ? meta.lastBookableDay()
                : meta.today().plusDays(14));
        clinician.setLabel("Clinician");
        clinician.setId("slots-clinician");
        List<String> names = new ArrayList<>(List.of(ANY));
        meta.clinicians().forEach(c -> names.add(c.name()));
        clinician.setItems(names);
        clinician.setValue(ANY);
        type.setLabel("Type");
        type.setId("slots-type");
        List<String> types = new ArrayList<>(List.of(ANY));
        types.addAll(meta.slotTypes());
        type.setItems(types);
        type.setValue(ANY);
        mode.setLabel("How");
        mode.setId("slots-mode");
        List<String> modes = new ArrayList<>(List.of(ANY));
        for (AppointmentMode m : AppointmentMode.values()) {
            modes.add(m.label());
        }
        mode.setItems(modes);
        mode.setValue(ANY);
        from.addValueChangeListener(e -> search());
        to.addValueChangeListener(e -> search());
        clinician.addValueChangeListener(e -> search());
        type.addValueChangeListener(e -> search());
        mode.addValueChangeListener(e -> search());
    }

    private void configureTable(Consumer<FreeSlot> onBook) {
        slots.column("Date and time", s -> Formats.dayAndTime(s.start()))
                .column("With", s -> s.clinicianName() + " (" + s.clinicianRole() + ")")
                .column("Type", FreeSlot::slotType)
                .column("Where", s -> s.mode().label() + ", " + s.location())
                .action(slot -> {
                    Button choose = new Button("Book", e -> onBook.accept(slot));
                    choose.setId("book-" + slot.slotId());
                    choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    choose.getElement().setAttribute("aria-label", "Book " + Formats.dayAndTime(slot.start())
                            + " with " + slot.clinicianName());
                    return choose;
                })
                .rowId(s -> "slot-" + s.slotId());
    }

    /** Runs the search again, e.g. after a booking took a slot. */
    void search() {
        // the filters search as they change, with no button to press: an error stays on its field and in the
        // polite message under the filters, and never takes focus away from the field being typed in
        mark(from, from.getValue() == null ? "Enter the first date to search from" : null);
        mark(to, to.getValue() == null ? "Enter the last date to search to" : null);
        if (from.getValue() == null || to.getValue() == null) {
            show(List.of(), from.getValue() == null ? from.getErrorMessage() : to.getErrorMessage());
            return;
        }
        try {
            List<FreeSlot> found = freeSlots.freeSlots(new SlotSearch(from.getValue(), to.getValue(), clinicianId(),
                    ANY.equals(type.getValue()) ? null : type.getValue(), mode()));
            show(found, found.isEmpty()
                    ? "There are no appointments available online for this search. Try other dates, or call the practice."
                    : found.size() + " appointments available.");
        } catch (IllegalArgumentException invalid) {
            mark(to, invalid.getMessage());
            show(List.of(), invalid.getMessage());
        }
    }

    private static void mark(DatePicker field, String error) {
        field.setErrorMessage(error);
        field.setInvalid(error != null);
    }

    private Long clinicianId() {
        return clinicians.stream().filter(c -> c.name().equals(clinician.getValue())).map(Clinician::id)
                .findFirst().orElse(null);
    }

    private AppointmentMode mode() {
        for (AppointmentMode m : AppointmentMode.values()) {
            if (m.label().equals(mode.getValue())) {
                return m;
            }
        }
        return null;
    }

    private void show(List<FreeSlot> found, String text) {
        // a fortnight of a busy practice is hundreds of slots: twenty at a time, the soonest first
        slots.setItems(found, PAGE);
        message.setText(text);
        slots.setVisible(!found.isEmpty());
    }
}
