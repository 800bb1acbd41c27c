package org.citizenservices.appointments.internal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.citizenservices.appointments.internal.AppointmentBook;
import org.citizenservices.appointments.internal.AppointmentCalendar;
import org.citizenservices.appointments.internal.OnlineBooking;
import org.citizenservices.appointments.internal.AppointmentMode;
import org.citizenservices.appointments.internal.AppointmentStatus;
import org.citizenservices.appointments.internal.BookMeta;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.appointments.internal.SlotSearch;
import org.citizenservices.spi.ApiField;
import org.citizenservices.spi.ApiFile;

import org.citizenservices.spi.ApiParameter;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiRequest;
import org.citizenservices.spi.ApiRoute;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import static org.citizenservices.spi.ApiProblem.answering;

/**
 * The appointments capability's part of the patient API (see docs/patient-api.md): free slots and what to filter them
 * by, booking, the patient's appointments and cancelling. The host has already checked the session, the patient link
 * and that APPOINTMENTS is available; {@link AppointmentBook} asks again and applies the practice's rules, and this
 * class only translates JSON shapes in and out; each refusal carries the contract's status itself.
 */
public final class AppointmentsApi {

    /** The contract's slot: times with their offset, the clinician as an object. */
    public record Slot(@ApiField(example = "1042") String slotId,
                       @ApiField(example = "2026-12-07T09:10:00Z") OffsetDateTime start,
                       @ApiField(example = "2026-12-07T09:20:00Z") OffsetDateTime end, Clinician clinician,
                       @ApiField(example = "Riverton Surgery, room 2") String location,
                       @ApiField(example = "Routine") String type, AppointmentMode mode) {
    }

    public record Clinician(String id, String name, String role) {
    }

    public record Slots(List<Slot> slots) {
    }

    public record BookingWindow(int days, LocalDate lastDay) {
    }

    public record SlotsMeta(List<Clinician> clinicians, List<String> locations, List<String> slotTypes,
                            BookingWindow bookingWindow, int cancellationCutOffHours, int maxFutureAppointments) {
    }

    public record BookRequest(@ApiField(example = "1042") @NotBlank @Size(max = 64) String slotId,
                              @ApiField(example = "Sore knee for three weeks") @Size(max = 500) String reason,
                              @ApiField(description = "For a telephone appointment: the number to call")
                              @Size(max = 20) String telephoneNumber) {
    }

    public record Appointment(String appointmentId, Slot slot,
                              @ApiField(nullable = true, description = "The reason given when booking, if any")
                              String reason, AppointmentStatus status, OffsetDateTime bookedAt) {
    }

    public record Appointments(List<Appointment> appointments) {
    }

    public record CancelRequest(@Size(max = 300) String reason) {
    }

    public record RescheduleRequest(@ApiField(example = "1057", description = "The free slot to move to")
                                    @NotBlank @Size(max = 64) String slotId) {
    }

    private static final int DEFAULT_DAYS = 28;

    private final Supplier<AppointmentBook> book;
    private final Clock practiceClock;

    public AppointmentsApi(Supplier<AppointmentBook> book, Clock practiceClock) {
        this.book = book;
        this.practiceClock = practiceClock;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("appointment-slots", "Free slots the patient can book online, inside the practice's"
                                + " booking window", "APPOINTMENT_SLOTS_VIEWED", Slots.class, this::freeSlots)
                        .named("listFreeSlots")
                        .withQuery(ApiParameter.optional("from", LocalDate.class, "First day (default today)"),
                                ApiParameter.optional("to", LocalDate.class, "Last day (default four weeks on)"),
                                ApiParameter.optional("clinicianId", String.class, "Only this clinician's slots"),
                                ApiParameter.optional("type", String.class, "Only slots of this type"),
                                ApiParameter.optional("mode", AppointmentMode.class, "Only slots held this way")),
                ApiRoute.get("appointment-slots/meta", "Clinicians, locations, slot types and the booking rules,"
                        + " for filters", "APPOINTMENT_SLOTS_META_VIEWED", SlotsMeta.class, this::meta)
                        .named("getBookingMeta"),
                ApiRoute.post("appointments", "Book a free slot for the patient", "APPOINTMENT_BOOKING_REQUESTED",
                        BookRequest.class, Appointment.class, this::book).named("bookAppointment")
                        .answers(404, "There is no such slot")
                        .answers(409, "The slot has just been taken or has started, or the practice is busy; choose"
                                + " another")
                        .answers(422, "Outside the booking window, or the patient already has as many future"
                                + " appointments as the practice allows"),
                ApiRoute.get("appointments", "The patient's appointments", "APPOINTMENTS_VIEWED",
                                Appointments.class, this::appointments).named("listAppointments")
                        .withQuery(ApiParameter.optional("includePast", Boolean.class,
                                "Also past and cancelled appointments (default false)")),
                ApiRoute.delete("appointments/{appointmentId}", "Cancel a booked appointment before the practice's"
                        + " cut-off", "APPOINTMENT_CANCELLATION_REQUESTED", CancelRequest.class, this::cancel)
                        .named("cancelAppointment")
                        .answers(409, "The appointment is not booked (already cancelled or past)")
                        .answers(422, "Past the practice's cancellation cut-off; call the practice"),
                ApiRoute.post("appointments/{appointmentId}/reschedule", "Move a booked appointment to another free"
                                + " slot in one step: the new appointment (a new appointmentId) is booked and the old"
                                + " one cancelled together, or nothing changes", "APPOINTMENT_RESCHEDULE_REQUESTED",
                        RescheduleRequest.class, Appointment.class, this::reschedule).named("rescheduleAppointment")
                        .answers(404, "There is no such appointment or slot")
                        .answers(409, "The appointment is not booked, or the new slot has just been taken or has"
                                + " started; nothing changed")
                        .answers(422, "Past the practice's cut-off for the old appointment, or the new slot is outside"
                                + " the booking window; nothing changed"),
                ApiRoute.get("appointments/{appointmentId}/calendar.ics", "The appointment as an iCalendar file for"
                                + " the patient's own calendar: an event to add, or, once cancelled, a cancelling event"
                                + " with the same UID", "APPOINTMENT_CALENDAR_REQUESTED", ApiFile.class, this::calendar)
                        .named("getAppointmentCalendar").files(AppointmentCalendar.CONTENT_TYPE)
                        .answers(404, "There is no such appointment for this patient"));
    }

    private Slots freeSlots(ApiRequest request) {
        LocalDate today = LocalDate.now(practiceClock);
        LocalDate from = request.queryDate("from").orElse(today);
        LocalDate to = request.queryDate("to").orElse(from.plusDays(DEFAULT_DAYS));
        Long clinicianId = request.queryLong("clinicianId").orElse(null);
        AppointmentMode mode = request.queryChoice("mode", AppointmentMode.class).orElse(null);
        SlotSearch search = answering(() -> new SlotSearch(from, to, clinicianId, request.query("type").orElse(null),
                mode));
        ZoneId zone = practiceClock.getZone();
        return new Slots(book.get().freeSlots().freeSlots(search).stream().map(slot -> slot(slot, zone)).toList());
    }

    private SlotsMeta meta(ApiRequest request) {
        BookMeta meta = book.get().freeSlots().meta();
        return new SlotsMeta(meta.clinicians().stream()
                .map(c -> new Clinician(Long.toString(c.id()), c.name(), c.role())).toList(),
                meta.locations(), meta.slotTypes(),
                new BookingWindow(meta.rules().bookingWindowDays(), meta.lastBookableDay()),
                meta.rules().cancellationCutOffHours(), meta.rules().maxFutureAppointments());
    }

    private Appointment book(ApiRequest request) {
        BookRequest body = request.body(BookRequest.class);
        long slotId = ApiRequest.id(body.slotId(), "There is no such slot to book.");
        return appointment(answering(() -> book.get().onlineBooking().book(slotId, body.reason(),
                body.telephoneNumber())));
    }

    private Appointment reschedule(ApiRequest request) {
        long appointmentId = request.pathId("appointmentId", "There is no such appointment.");
        RescheduleRequest body = request.body(RescheduleRequest.class);
        long slotId = ApiRequest.id(body.slotId(), "There is no such slot to move to.");
        return appointment(answering(() -> book.get().onlineBooking().reschedule(appointmentId, slotId)));
    }

    private ApiFile calendar(ApiRequest request) {
        long appointmentId = request.pathId("appointmentId", "There is no such appointment.");
        OnlineBooking.CalendarFile file = answering(() -> book.get().onlineBooking().calendar(appointmentId));
        return new ApiFile(AppointmentCalendar.CONTENT_TYPE, file.fileName(), file.content());
    }

    private Appointments appointments(ApiRequest request) {
        boolean includePast = request.queryBoolean("includePast").orElse(false);
        return new Appointments(book.get().onlineBooking().appointments(includePast).stream().map(this::appointment)
                .toList());
    }

    private Object cancel(ApiRequest request) {
        long appointmentId = request.pathId("appointmentId", "There is no such appointment.");
        String reason = request.optionalBody(CancelRequest.class).map(CancelRequest::reason).orElse(null);
        answering(() -> book.get().onlineBooking().cancel(appointmentId, reason));
        return null;
    }

    private Appointment appointment(BookedAppointment booked) {
        return appointment(booked, practiceClock.getZone());
    }

    /** The contract's appointment, its times in the practice's zone with their offset. */
    static Appointment appointment(BookedAppointment booked, ZoneId zone) {
        return new Appointment(Long.toString(booked.appointmentId()), slot(booked.slot(), zone), booked.reason(),
                booked.status(), offset(booked.bookedAt(), zone));
    }

    private static Slot slot(FreeSlot slot, ZoneId zone) {
        return new Slot(Long.toString(slot.slotId()), offset(slot.start(), zone), offset(slot.end(), zone),
                new Clinician(Long.toString(slot.clinicianId()), slot.clinicianName(), slot.clinicianRole()),
                slot.location(), slot.slotType(), slot.mode());
    }

    static OffsetDateTime offset(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toOffsetDateTime();
    }
}
