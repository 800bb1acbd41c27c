package org.citizenservices.appointments.internal.api;

import org.citizenservices.appointments.internal.AppointmentBook;
import org.citizenservices.appointments.internal.EarlierSlotWait;
import org.citizenservices.appointments.internal.EarlierSlotWaits;
import org.citizenservices.spi.ApiField;
import org.citizenservices.spi.ApiRequest;
import org.citizenservices.spi.ApiRoute;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import static org.citizenservices.spi.ApiProblem.answering;

/**
 * The earlier-slot waiting list in the patient API (an addition to the contract): ask to be offered an earlier slot
 * for a booked appointment, see the offer, take it (the appointment moves in one step) or decline it, or leave the
 * list. The host has checked the session and APPOINTMENTS; {@link EarlierSlotWaits} asks again and decides.
 */
public final class EarlierSlotApi {

    public record EarlierSlotRequest(String appointmentId,
                                     @ApiField(description = "WAITING, or OFFERED while a slot is held for the"
                                             + " patient") EarlierSlotWait.Status status,
                                     OffsetDateTime askedAt,
                                     @ApiField(nullable = true, description = "The slot held for the patient, while"
                                             + " OFFERED") Offer offer) {
    }

    public record Offer(OffsetDateTime start,
                        @ApiField(description = "Take it by then, or it is offered to the next patient")
                        OffsetDateTime expiresAt) {
    }

    public record EarlierSlotRequests(List<EarlierSlotRequest> requests) {
    }

    private final Supplier<AppointmentBook> book;
    private final Clock practiceClock;

    public EarlierSlotApi(Supplier<AppointmentBook> book, Clock practiceClock) {
        this.book = book;
        this.practiceClock = practiceClock;
    }

    public List<ApiRoute> routes() {
        String path = "appointments/{appointmentId}/earlier-slot";
        return List.of(
                ApiRoute.get("earlier-slot-requests", "The patient's requests for an earlier slot, with any slot held"
                        + " for them", "EARLIER_SLOT_REQUESTS_VIEWED", EarlierSlotRequests.class, this::requests)
                        .named("listEarlierSlotRequests"),
                ApiRoute.post(path, "Ask to be offered an earlier slot of the same kind instead of this booked"
                                + " appointment: when one frees up it is held for the first patient waiting, who is"
                                + " told and has two hours to take it", "EARLIER_SLOT_REQUESTED", null,
                        EarlierSlotRequest.class, this::ask).named("requestEarlierSlot")
                        .answers(404, "There is no such appointment for this patient")
                        .answers(409, "The appointment is not booked, or is already waiting for an earlier slot")
                        .answers(422, "Past the practice's cut-off for changing the appointment online"),
                ApiRoute.delete(path, "Stop waiting for an earlier slot; a slot held for the patient goes to the"
                        + " next", "EARLIER_SLOT_WITHDRAWAL_REQUESTED", null, this::withdraw)
                        .named("withdrawEarlierSlotRequest")
                        .answers(404, "The appointment is not waiting for an earlier slot"),
                ApiRoute.post(path + "/accept", "Take the slot held for the patient: the appointment moves to it in"
                                + " one step (a new appointmentId), or nothing changes", "EARLIER_SLOT_ACCEPTANCE",
                        null, AppointmentsApi.Appointment.class, this::accept).named("acceptEarlierSlot")
                        .answers(404, "No slot is held for this appointment now (the offer may have run out)")
                        .answers(422, "Past the practice's cut-off for the appointment; nothing changed"),
                ApiRoute.delete(path + "/offer", "Decline the slot held for the patient: it goes to the next patient"
                        + " and the patient waits on for another", "EARLIER_SLOT_DECLINE_REQUESTED", null,
                        this::decline).named("declineEarlierSlot")
                        .answers(404, "No slot is held for this appointment"));
    }

    private EarlierSlotRequests requests(ApiRequest request) {
        return new EarlierSlotRequests(answering(() -> book.get().earlierSlots().places()).stream()
                .map(this::request).toList());
    }

    private EarlierSlotRequest ask(ApiRequest request) {
        long appointmentId = request.pathId("appointmentId", "There is no such appointment.");
        return request(answering(() -> book.get().earlierSlots().ask(appointmentId)));
    }

    private Object withdraw(ApiRequest request) {
        long appointmentId = request.pathId("appointmentId", "There is no such appointment.");
        answering(() -> book.get().earlierSlots().withdraw(appointmentId));
        return null;
    }

    private AppointmentsApi.Appointment accept(ApiRequest request) {
        long appointmentId = request.pathId("appointmentId", "There is no such appointment.");
        return AppointmentsApi.appointment(answering(() -> book.get().onlineBooking()
                .takeEarlierSlot(appointmentId)), practiceClock.getZone());
    }

    private Object decline(ApiRequest request) {
        long appointmentId = request.pathId("appointmentId", "There is no such appointment.");
        answering(() -> book.get().earlierSlots().decline(appointmentId));
        return null;
    }

    private EarlierSlotRequest request(EarlierSlotWaits.Place place) {
        ZoneId zone = practiceClock.getZone();
        return new EarlierSlotRequest(Long.toString(place.appointmentId()), place.status(),
                AppointmentsApi.offset(place.askedAt(), zone), place.offeredStart() == null ? null
                : new Offer(AppointmentsApi.offset(place.offeredStart(), zone),
                AppointmentsApi.offset(place.offerExpiresAt(), zone)));
    }
}
