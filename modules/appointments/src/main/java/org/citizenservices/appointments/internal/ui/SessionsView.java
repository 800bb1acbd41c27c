package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.citizenservices.appointments.internal.AppointmentBook;
import org.citizenservices.appointments.internal.AppointmentMode;
import org.citizenservices.appointments.internal.Clinician;
import org.citizenservices.appointments.internal.NewSession;
import org.citizenservices.appointments.internal.Room;
import org.citizenservices.spi.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The practice manager's page: clinicians, rooms, and sessions that the appointment book cuts into slots. */
public class SessionsView extends VerticalLayout {

    private final AppointmentBook book;
    private final Paragraph message = new Paragraph();
    private final Select<Clinician> clinician = new Select<>();
    private final Select<Room> room = new Select<>();

    public SessionsView(AppointmentBook book, Clock practiceClock) {
        this.book = book;
        setId("sessions-view");
        setMaxWidth("60rem");
        message.setId("sessions-messages");
        message.getElement().setAttribute("role", "status");
        add(new H1("Sessions and clinicians"), message);

        DatePicker date = new DatePicker("Date");
        date.setLocale(java.util.Locale.UK);
        date.setId("session-date");
        date.setMin(LocalDate.now(practiceClock));
        TimePicker starts = new TimePicker("Starts");
        starts.setLocale(java.util.Locale.UK);
        starts.setId("session-starts");
        TimePicker ends = new TimePicker("Ends");
        ends.setLocale(java.util.Locale.UK);
        ends.setId("session-ends");
        IntegerField minutes = new IntegerField("Slot length (minutes)");
        minutes.setId("session-minutes");
        minutes.setValue(15);
        TextField type = new TextField("Slot type");
        type.setId("session-type");
        type.setMaxLength(50);
        type.setValue("Routine GP appointment");
        Select<AppointmentMode> mode = new Select<>();
        mode.setLabel("How");
        mode.setId("session-mode");
        mode.setItems(AppointmentMode.values());
        mode.setItemLabelGenerator(AppointmentMode::label);
        mode.setValue(AppointmentMode.IN_PERSON);
        Checkbox online = new Checkbox("Patients can book these slots online", true);
        online.setId("session-online");
        clinician.setLabel("Clinician");
        clinician.setId("session-clinician");
        clinician.setItemLabelGenerator(c -> c == null ? "" : c.name() + " (" + c.role() + ")");
        room.setLabel("Room");
        room.setId("session-room");
        // null is the empty choice: a label generator is asked about it too
        room.setItemLabelGenerator(r -> r == null ? "No room (telephone or video)" : r.name());
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption("No room (telephone or video)");
        FormLayout form = new FormLayout(clinician, room, date, starts, ends, minutes, type, mode, online);
        Button add = new Button("Add session", e -> {
            try {
                if (clinician.getValue() == null || date.getValue() == null || starts.getValue() == null
                        || ends.getValue() == null || minutes.getValue() == null) {
                    throw new IllegalArgumentException("Fill in the clinician, the date, the times and the slot length.");
                }
                int made = book.addSession(new NewSession(clinician.getValue().id(),
                        room.getValue() == null ? null : room.getValue().id(), date.getValue(), starts.getValue(),
                        ends.getValue(), minutes.getValue(), type.getValue(), mode.getValue(), online.getValue()));
                message.setText("Session added: " + made + " slots on " + Formats.day(date.getValue()) + ".");
            } catch (IllegalArgumentException | DateTimeParseException invalid) {
                message.setText(invalid.getMessage());
            }
        });
        add.setId("session-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Add a session"), form, add);

        TextField clinicianName = new TextField("Name");
        clinicianName.setId("clinician-name");
        clinicianName.setMaxLength(100);
        TextField clinicianRole = new TextField("Role");
        clinicianRole.setId("clinician-role");
        clinicianRole.setMaxLength(50);
        Button addClinician = new Button("Add clinician", e -> {
            try {
                book.addClinician(clinicianName.getValue(), clinicianRole.getValue());
                message.setText("Clinician added: " + clinicianName.getValue() + ".");
                reload();
            } catch (IllegalArgumentException invalid) {
                message.setText(invalid.getMessage());
            }
        });
        addClinician.setId("clinician-add");
        TextField roomName = new TextField("Room");
        roomName.setId("room-name");
        roomName.setMaxLength(100);
        Button addRoom = new Button("Add room", e -> {
            try {
                book.addRoom(roomName.getValue());
                message.setText("Room added: " + roomName.getValue() + ".");
                reload();
            } catch (IllegalArgumentException invalid) {
                message.setText(invalid.getMessage());
            }
        });
        addRoom.setId("room-add");
        HorizontalLayout clinicianForm = new HorizontalLayout(clinicianName, clinicianRole, addClinician);
        clinicianForm.setAlignItems(Alignment.BASELINE);
        clinicianForm.setWrap(true);
        HorizontalLayout roomForm = new HorizontalLayout(roomName, addRoom);
        roomForm.setAlignItems(Alignment.BASELINE);
        add(new H2("Clinicians and rooms"), clinicianForm, roomForm);
        reload();
    }

    private void reload() {
        clinician.setItems(book.clinicians());
        room.setItems(book.rooms());
    }

}
