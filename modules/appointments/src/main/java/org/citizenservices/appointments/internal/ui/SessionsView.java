package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.citizenservices.appointments.internal.AppointmentMode;
import org.citizenservices.appointments.internal.Clinician;
import org.citizenservices.appointments.internal.NewSession;
import org.citizenservices.appointments.internal.Room;
import org.citizenservices.appointments.internal.SessionPlanner;
import org.citizenservices.spi.FormFields;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StatusMessage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The practice manager's page: clinicians, rooms, and sessions that the appointment book cuts into slots. */
public class SessionsView extends VerticalLayout {

    private final SessionPlanner sessions;
    private final StatusMessage message = new StatusMessage("sessions-messages");
    private final Select<Clinician> clinician = new Select<>();
    private final Select<Room> room = new Select<>();
    private final DatePicker date = new DatePicker("Date");
    private final TimePicker starts = new TimePicker("Starts");
    private final TimePicker ends = new TimePicker("Ends");
    private final IntegerField minutes = new IntegerField("Slot length (minutes)");
    private final TextField type = new TextField("Slot type");
    private final Select<AppointmentMode> mode = new Select<>();
    private final Checkbox online = new Checkbox("Patients can book these slots online", true);

    public SessionsView(SessionPlanner sessions, Clock practiceClock) {
        this.sessions = sessions;
        setId("sessions-view");
        setMaxWidth("60rem");
        add(new H1("Sessions and clinicians"), message);
        configureSessionForm(practiceClock);
        configureClinicianAndRoomForms();
        reload();
    }

    private void configureSessionForm(Clock practiceClock) {
        date.setLocale(java.util.Locale.UK);
        date.setId("session-date");
        date.setMin(LocalDate.now(practiceClock));
        starts.setLocale(java.util.Locale.UK);
        starts.setId("session-starts");
        ends.setLocale(java.util.Locale.UK);
        ends.setId("session-ends");
        minutes.setId("session-minutes");
        minutes.setValue(15);
        type.setId("session-type");
        type.setMaxLength(50);
        type.setValue("Routine GP appointment");
        mode.setLabel("How");
        mode.setId("session-mode");
        mode.setItems(AppointmentMode.values());
        mode.setItemLabelGenerator(AppointmentMode::label);
        mode.setValue(AppointmentMode.IN_PERSON);
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
        Button add = new Button("Add session", e -> addSession());
        add.setId("session-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Add a session"), form, add);
    }

    private void addSession() {
        try {
            if (clinician.getValue() == null || date.getValue() == null || starts.getValue() == null
                    || ends.getValue() == null || minutes.getValue() == null) {
                throw new IllegalArgumentException("Fill in the clinician, the date, the times and the slot length.");
            }
            int made = sessions.addSession(new NewSession(clinician.getValue().id(),
                    room.getValue() == null ? null : room.getValue().id(), date.getValue(), starts.getValue(),
                    ends.getValue(), minutes.getValue(), type.getValue(), mode.getValue(), online.getValue()));
            message.setText("Session added: " + made + " slots on " + Formats.day(date.getValue()) + ".");
        } catch (IllegalArgumentException | DateTimeParseException invalid) {
            message.setText(invalid.getMessage());
        }
    }

    private void configureClinicianAndRoomForms() {
        TextField clinicianName = FormFields.text("Name", "clinician-name", 100);
        TextField clinicianRole = FormFields.text("Role", "clinician-role", 50);
        Button addClinician = new Button("Add clinician", e -> change(
                () -> sessions.addClinician(clinicianName.getValue(), clinicianRole.getValue()),
                "Clinician added: " + clinicianName.getValue() + "."));
        addClinician.setId("clinician-add");
        TextField roomName = FormFields.text("Room", "room-name", 100);
        Button addRoom = new Button("Add room", e -> change(() -> sessions.addRoom(roomName.getValue()),
                "Room added: " + roomName.getValue() + "."));
        addRoom.setId("room-add");
        HorizontalLayout clinicianForm = new HorizontalLayout(clinicianName, clinicianRole, addClinician);
        clinicianForm.setAlignItems(Alignment.BASELINE);
        clinicianForm.setWrap(true);
        HorizontalLayout roomForm = new HorizontalLayout(roomName, addRoom);
        roomForm.setAlignItems(Alignment.BASELINE);
        add(new H2("Clinicians and rooms"), clinicianForm, roomForm);
    }

    /** Adds a clinician or a room, says so and offers it in the session form at once; or says why not. */
    private void change(Runnable addition, String done) {
        try {
            addition.run();
            message.setText(done);
            reload();
        } catch (IllegalArgumentException invalid) {
            message.setText(invalid.getMessage());
        }
    }

    private void reload() {
        clinician.setItems(sessions.clinicians());
        room.setItems(sessions.rooms());
    }

}
