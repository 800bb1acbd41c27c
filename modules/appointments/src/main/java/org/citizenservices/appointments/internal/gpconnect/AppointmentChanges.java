package org.citizenservices.appointments.internal.gpconnect;

import org.citizenservices.appointments.internal.AppointmentBook;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.spi.FhirRefused;
import org.citizenservices.spi.FhirRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Booking and cancelling through GP Connect: {@code POST Appointment} for the patient the booking names (the person,
 * or a patient they book for as proxy), and {@code PUT Appointment/{id}} with {@code status: cancelled}, checked
 * against the version the app last read when it sends {@code If-Match}.
 */
final class AppointmentChanges {

    private final Supplier<AppointmentBook> book;
    private final AppointmentResources resources;

    AppointmentChanges(Supplier<AppointmentBook> book, AppointmentResources resources) {
        this.book = book;
        this.resources = resources;
    }

    Map<String, Object> book(FhirRequest request) {
        Map<String, Object> appointment = request.body();
        if (!"booked".equals(appointment.get("status"))) {
            throw FhirRefused.invalidResource("A new appointment's status is booked.");
        }
        List<String> slots = references(appointment.get("slot"), "Slot");
        if (slots.size() != 1) {
            throw FhirRefused.invalidResource("An appointment here is one slot: name exactly one Slot.");
        }
        List<String> patients = participants(appointment, "Patient");
        if (patients.size() != 1) {
            throw FhirRefused.invalidResource("Name exactly one Patient among the participants.");
        }
        long patientId = id(patients.get(0), "There is no such patient for this person.");
        if (request.actFor(patientId).isEmpty()) {
            throw new FhirRefused(403, "ACCESS_DENIED", "forbidden", "This person may not book for Patient/"
                    + patients.get(0) + ".");
        }
        long slotId = id(slots.get(0), "There is no such slot to book.");
        String reason = appointment.get("description") instanceof String text ? text
                : appointment.get("comment") instanceof String comment ? comment : null;
        return resources.appointment(AppointmentsFhir.answering(() ->
                book.get().onlineBooking().book(slotId, reason, null)));
    }

    Map<String, Object> cancel(FhirRequest request) {
        BookedAppointment current = find(book.get(), request);
        Map<String, Object> changed = request.body();
        if (!request.pathParameter("id").equals(changed.get("id"))) {
            throw FhirRefused.badRequest("The body's id must be the id in the path.");
        }
        Optional<String> ifMatch = request.header("If-Match");
        String version = AppointmentResources.version(current);
        if (ifMatch.isPresent() && !ifMatch.get().replace("W/", "").replace("\"", "").strip().equals(version)) {
            throw FhirRefused.versionConflict("The appointment has changed since it was read; read it again.");
        }
        if (!"cancelled".equals(changed.get("status"))) {
            throw FhirRefused.invalidResource("An appointment is changed here only by cancelling it: status "
                    + "cancelled. To move it, cancel it and book another slot.");
        }
        String reason = cancellationReason(changed);
        AppointmentsFhir.answering(() -> {
            book.get().onlineBooking().cancel(current.appointmentId(), reason);
            return null;
        });
        return resources.appointment(find(book.get(), request));
    }

    /** The appointment the path names, once the call has moved to its patient; not found otherwise. */
    static BookedAppointment find(AppointmentBook book, FhirRequest request) {
        long id = request.pathId("id", "There is no such appointment.");
        Long patient = book.onlineBooking().patientOf(id).orElse(null);
        if (patient == null || request.actFor(patient).isEmpty()) {
            throw FhirRefused.notFound("There is no such appointment.");
        }
        return book.onlineBooking().appointments(true).stream().filter(a -> a.appointmentId() == id).findFirst()
                .orElseThrow(() -> FhirRefused.notFound("There is no such appointment."));
    }

    private static String cancellationReason(Map<String, Object> appointment) {
        if (appointment.get("extension") instanceof List<?> extensions) {
            for (Object extension : extensions) {
                if (extension instanceof Map<?, ?> map
                        && AppointmentResources.CANCELLATION_REASON.equals(map.get("url"))
                        && map.get("valueString") instanceof String reason) {
                    return reason;
                }
            }
        }
        return null;
    }

    private static List<String> participants(Map<String, Object> appointment, String type) {
        if (!(appointment.get("participant") instanceof List<?> participants)) {
            return List.of();
        }
        return references(participants.stream().filter(Map.class::isInstance)
                .map(p -> ((Map<?, ?>) p).get("actor")).toList(), type);
    }

    /** The ids of the references to {@code type} in a list of references. */
    private static List<String> references(Object list, String type) {
        if (!(list instanceof List<?> references)) {
            return List.of();
        }
        return references.stream().filter(Map.class::isInstance).map(r -> ((Map<?, ?>) r).get("reference"))
                .filter(String.class::isInstance).map(String.class::cast)
                .filter(r -> r.startsWith(type + "/")).map(r -> r.substring(type.length() + 1)).toList();
    }

    private static long id(String value, String notFound) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw FhirRefused.notFound(notFound);
    }
}
