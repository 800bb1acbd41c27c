package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.appointments.internal.AppointmentStatus;
import org.citizenservices.appointments.internal.BookEntry;
import org.citizenservices.appointments.internal.BookingNotices;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.BookingRefused;
import org.citizenservices.appointments.internal.PracticeDesk;
import org.citizenservices.appointments.internal.StaffNotice;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StatusMessage;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The practice's appointment book, a day or a week at a time: every slot, who holds it, bookings made online
 * flagged, and the desk's actions — book for a patient, cancel, record attended or did not attend, offer a slot
 * online or withdraw it; above it, the notices of online bookings not yet seen.
 */
public class PracticeBookView extends VerticalLayout {

    private static final String DAY = "Day";
    private static final String WEEK = "Week";

    private final PracticeDesk desk;
    private final BookingNotices bookingNotices;
    private final ServiceAccess access;
    private final Clock practiceClock;
    private final DatePicker date = new DatePicker("Date");
    private final Select<String> range = new Select<>();
    private final Grid<BookEntry> grid = new Grid<>();
    private final StatusMessage message = new StatusMessage("book-messages");
    private final UnorderedList notices = new UnorderedList();
    private Map<Long, PracticePatient> patients = Map.of();

    public PracticeBookView(PracticeDesk desk, BookingNotices bookingNotices, ServiceAccess access,
                            Clock practiceClock) {
        this.desk = desk;
        this.bookingNotices = bookingNotices;
        this.access = access;
        this.practiceClock = practiceClock;
        setId("practice-book-view");
        add(new H1("Appointment book"));
        notices.setId("booking-notices");
        date.setLocale(java.util.Locale.UK);
        date.setId("book-date");
        date.setValue(LocalDate.now(practiceClock));
        range.setId("book-range");
        range.setLabel("Show");
        range.setItems(DAY, WEEK);
        range.setValue(DAY);
        date.addValueChangeListener(e -> refresh());
        range.addValueChangeListener(e -> refresh());
        Button previous = new Button("Earlier", e -> move(-1));
        previous.setId("book-previous");
        Button next = new Button("Later", e -> move(1));
        next.setId("book-next");
        HorizontalLayout controls = new HorizontalLayout(date, range, previous, next);
        controls.setAlignItems(Alignment.BASELINE);
        controls.setWrap(true);
        configureGrid();
        add(message, new H2("Booked online, not yet seen"), notices, controls, grid);
        refresh();
    }

    private void move(int direction) {
        date.setValue(date.getValue().plusDays((long) direction * (WEEK.equals(range.getValue()) ? 7 : 1)));
    }

    private void configureGrid() {
        grid.setId("appointment-book");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dayAndTime(e.slot().start()))
                .setHeader("When").setFlexGrow(2);
        grid.addColumn(e -> e.slot().clinicianName()).setHeader("Clinician").setFlexGrow(2);
        grid.addColumn(e -> e.slot().slotType() + ", " + e.slot().mode().label().toLowerCase() + ", "
                + e.slot().location()).setHeader("Slot").setFlexGrow(3);
        grid.addComponentColumn(this::holder).setHeader("Patient").setFlexGrow(4);
        grid.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(3);
        grid.setHeight("36rem");
    }

    private Component holder(BookEntry entry) {
        BookedAppointment a = entry.appointment();
        if (a == null) {
            return new Span(entry.held() ? "Held for a patient on the earlier-appointment waiting list"
                    : entry.bookableOnline() ? "Free (offered online)" : "Free (desk and phone only)");
        }
        PracticePatient patient = patients.get(a.patientId());
        Div cell = new Div(new Span((patient == null ? "Patient " + a.patientId() : patient.displayName() + ", NHS "
                + patient.nhsNumber()) + " — " + a.status().label()));
        if (a.bookedOnline()) {
            Span flag = new Span("Booked online by " + a.bookedBy());
            flag.setId("online-flag-" + a.appointmentId());
            flag.getElement().getThemeList().add("badge contrast");
            cell.add(new Div(flag));
        }
        if (a.reason() != null) {
            cell.add(new Div(new Span("Reason: " + a.reason())));
        }
        return cell;
    }

    private Component actions(BookEntry entry) {
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-xs)");
        BookedAppointment a = entry.appointment();
        LocalDateTime now = LocalDateTime.now(practiceClock);
        if (a == null && entry.held()) {
            return buttons;
        }
        if (a == null) {
            buttons.add(button("Book", "staff-book-" + entry.slot().slotId(), () -> bookDialog(entry).open()));
            buttons.add(button(entry.bookableOnline() ? "Withdraw online" : "Offer online",
                    "online-" + entry.slot().slotId(), () -> act(() -> desk.setBookableOnline(entry.slot().slotId(),
                            !entry.bookableOnline()), "Slot updated.")));
        } else if (a.status() == AppointmentStatus.BOOKED) {
            buttons.add(button("Cancel", "staff-cancel-" + a.appointmentId(), () -> cancelDialog(a).open()));
            if (!a.slot().start().isAfter(now)) {
                buttons.add(button("Attended", "attended-" + a.appointmentId(), () -> act(() ->
                        desk.recordOutcome(a.appointmentId(), AppointmentStatus.ATTENDED), "Recorded: attended.")));
                buttons.add(button("Did not attend", "dna-" + a.appointmentId(), () -> act(() ->
                        desk.recordOutcome(a.appointmentId(), AppointmentStatus.DID_NOT_ATTEND),
                        "Recorded: did not attend.")));
            }
        }
        return buttons;
    }

    private Dialog bookDialog(BookEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setId("staff-book-dialog");
        dialog.setHeaderTitle("Book " + Formats.dayAndTime(entry.slot().start()) + " with "
                + entry.slot().clinicianName());
        TextField nhs = FormFields.text("Patient's NHS number", "staff-book-nhs", 12);
        TextArea reason = FormFields.area("Reason (optional)", "staff-book-reason", 500);
        dialog.add(new VerticalLayout(nhs, reason));
        Button confirm = button("Book", "staff-book-confirm", () -> {
            dialog.close();
            act(() -> desk.bookForPatient(nhs.getValue(), entry.slot().slotId(), reason.getValue()), "Booked.");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(button("Go back", "staff-book-back", dialog::close), confirm);
        return dialog;
    }

    private Dialog cancelDialog(BookedAppointment a) {
        Dialog dialog = new Dialog();
        dialog.setId("staff-cancel-dialog");
        dialog.setHeaderTitle("Cancel " + Formats.dayAndTime(a.slot().start()));
        TextArea reason = FormFields.area("Reason", "staff-cancel-reason", 300);
        dialog.add(reason);
        Button confirm = button("Cancel appointment", "staff-cancel-confirm", () -> {
            dialog.close();
            act(() -> desk.cancelByPractice(a.appointmentId(), reason.getValue()), "Cancelled.");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(button("Keep it", "staff-cancel-back", dialog::close), confirm);
        return dialog;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            message.setText(done);
        } catch (BookingRefused | IllegalArgumentException refused) {
            message.setText(refused.getMessage());
        }
        refresh();
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        LocalDate day = date.getValue() == null ? LocalDate.now(practiceClock) : date.getValue();
        LocalDate from = WEEK.equals(range.getValue()) ? day.with(DayOfWeek.MONDAY) : day;
        LocalDate to = WEEK.equals(range.getValue()) ? from.plusDays(6) : day;
        List<BookEntry> entries = desk.book(from, to);
        Set<Long> held = entries.stream().filter(e -> e.appointment() != null)
                .map(e -> e.appointment().patientId()).collect(Collectors.toSet());
        patients = access.practicePatients(held);
        grid.setItems(entries);
        showNotices();
    }

    private void showNotices() {
        notices.removeAll();
        List<StaffNotice> unseen = bookingNotices.unseenNotices();
        for (StaffNotice notice : unseen) {
            ListItem item = new ListItem(new Span(Formats.dateTime(notice.createdAt()) + ": " + notice.text()
                    + " "));
            item.setId("notice-" + notice.id());
            item.add(button("Seen", "notice-seen-" + notice.id(), () -> {
                bookingNotices.markSeen(notice.id());
                showNotices();
            }));
            notices.add(item);
        }
        if (unseen.isEmpty()) {
            notices.add(new ListItem("No new online bookings."));
        }
    }
}
