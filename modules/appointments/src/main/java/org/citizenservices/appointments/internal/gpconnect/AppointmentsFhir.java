package org.citizenservices.appointments.internal.gpconnect;

import org.citizenservices.appointments.internal.AppointmentBook;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.appointments.internal.SlotSearch;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.FhirInteraction;
import org.citizenservices.spi.FhirRefused;
import org.citizenservices.spi.FhirRequest;
import org.citizenservices.spi.FhirRoute;
import org.citizenservices.spi.HttpMethod;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The appointments capability's part of GP Connect Appointments Management (STU3): free slots, booking, the patient's
 * appointments, reading one and cancelling it. The same {@link AppointmentBook} as the portal and the IM1-style API
 * applies the practice's rules — window, cut-off, cap, one booking per slot — so the three doors book alike.
 */
public final class AppointmentsFhir {

    /** GP Connect's longest slot search. */
    static final int MAX_SEARCH_DAYS = 14;

    private final Supplier<AppointmentBook> book;
    private final AppointmentResources resources;

    public AppointmentsFhir(Supplier<AppointmentBook> book, Clock practiceClock) {
        this.book = book;
        this.resources = new AppointmentResources(practiceClock.getZone());
    }

    public List<FhirRoute> routes() {
        return List.of(
                FhirRoute.stu3(HttpMethod.GET, "Slot", "Slot", FhirInteraction.SEARCH, "FHIR_SLOTS_SEARCHED",
                        this::slots),
                FhirRoute.stu3(HttpMethod.POST, "Appointment", "Appointment", FhirInteraction.CREATE,
                        "FHIR_APPOINTMENT_BOOKING_REQUESTED", new AppointmentChanges(book, resources)::book),
                FhirRoute.stu3(HttpMethod.GET, "Patient/{patient}/Appointment", "Appointment", FhirInteraction.SEARCH,
                        "FHIR_APPOINTMENTS_VIEWED", this::appointments),
                FhirRoute.stu3(HttpMethod.GET, "Appointment/{id}", "Appointment", FhirInteraction.READ,
                        "FHIR_APPOINTMENT_READ", this::appointment),
                FhirRoute.stu3(HttpMethod.PUT, "Appointment/{id}", "Appointment", FhirInteraction.UPDATE,
                        "FHIR_APPOINTMENT_CANCELLATION_REQUESTED", new AppointmentChanges(book, resources)::cancel),
                FhirRoute.stu3(HttpMethod.GET, "Practitioner/{id}", "Practitioner", FhirInteraction.READ,
                        "FHIR_PRACTITIONER_READ", this::practitioner),
                FhirRoute.stu3(HttpMethod.GET, "Location/{id}", "Location", FhirInteraction.READ,
                        "FHIR_LOCATION_READ", this::location));
    }

    /** {@code GET Slot?start=ge…&end=le…&status=free} with the {@code _include}s the app asks for. */
    private Map<String, Object> slots(FhirRequest request) {
        LocalDate from = bound(request, "start", "ge");
        LocalDate to = bound(request, "end", "le");
        if (!request.query("status").equals(List.of("free"))) {
            throw invalidParameter("status=free is required: only free slots are searched.");
        }
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_SEARCH_DAYS))) {
            throw invalidParameter("The search's end is on or after its start and at most " + MAX_SEARCH_DAYS
                    + " days later.");
        }
        List<FreeSlot> free = answering(() -> book.get().freeSlots().freeSlots(new SlotSearch(from, to)));
        boolean schedules = request.query("_include").contains("Slot:schedule");
        List<String> recurse = request.query("_include:recurse");
        Map<String, Map<String, Object>> included = new LinkedHashMap<>();
        for (FreeSlot slot : free) {
            if (schedules) {
                included.putIfAbsent("Schedule/" + slot.clinicianId(), resources.schedule(slot));
                if (recurse.contains("Schedule:actor:Practitioner")) {
                    included.putIfAbsent("Practitioner/" + slot.clinicianId(), resources.practitioner(
                            slot.clinicianId(), slot.clinicianName(), slot.clinicianRole()));
                }
                if (recurse.contains("Schedule:actor:Location") && slot.location() != null) {
                    included.putIfAbsent("Location/" + AppointmentResources.locationId(slot.location()),
                            resources.location(slot.location()));
                }
            }
        }
        return org.citizenservices.spi.FhirJson.searchset(request.base(),
                free.stream().map(resources::slot).toList(), List.copyOf(included.values()));
    }

    /** {@code GET Patient/{patient}/Appointment}: every appointment of the patient, past and cancelled too. */
    private Map<String, Object> appointments(FhirRequest request) {
        List<BookedAppointment> all = book.get().onlineBooking().appointments(true);
        return org.citizenservices.spi.FhirJson.searchset(request.base(),
                all.stream().map(resources::appointment).toList(), List.of());
    }

    /** {@code GET Appointment/{id}}: one of the person's own, or of a patient they book for. */
    private Map<String, Object> appointment(FhirRequest request) {
        return resources.appointment(AppointmentChanges.find(book.get(), request));
    }

    /** {@code GET Practitioner/{id}}: a clinician of the patient's practice who sees patients now. */
    private Map<String, Object> practitioner(FhirRequest request) {
        long id = request.pathId("id", "There is no such practitioner.");
        return book.get().freeSlots().meta().clinicians().stream().filter(c -> c.id() == id).findFirst()
                .map(c -> resources.practitioner(c.id(), c.name(), c.role()))
                .orElseThrow(() -> FhirRefused.notFound("There is no such practitioner."));
    }

    /** {@code GET Location/{id}}: a place of the patient's practice where slots can be booked. */
    private Map<String, Object> location(FhirRequest request) {
        String id = request.pathParameter("id");
        return book.get().freeSlots().meta().locations().stream().filter(java.util.Objects::nonNull)
                .filter(name -> AppointmentResources.locationId(name).equals(id)).findFirst()
                .map(resources::location)
                .orElseThrow(() -> FhirRefused.notFound("There is no such location."));
    }

    /** A date search bound with its prefix, e.g. {@code start=ge2026-12-07}; a dateTime's day is used. */
    private static LocalDate bound(FhirRequest request, String name, String prefix) {
        List<String> values = request.query(name);
        if (values.size() != 1 || !values.get(0).startsWith(prefix)) {
            throw invalidParameter(name + "=" + prefix + "YYYY-MM-DD is required, once.");
        }
        String value = values.get(0).substring(prefix.length());
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException notADate) {
            throw invalidParameter(name + " must be a date such as " + prefix + "2026-12-07.");
        }
    }

    static FhirRefused invalidParameter(String message) {
        return new FhirRefused(422, "INVALID_PARAMETER", "invalid", message);
    }

    /** The book's own refusals pass as they are; input it rejects is the request's fault (422). */
    static <T> T answering(Supplier<T> work) {
        try {
            return ApiProblem.answering(work);
        } catch (ApiProblem problem) {
            if (problem.status() == 400) {
                throw invalidParameter(problem.getMessage());
            }
            throw problem;
        }
    }
}
