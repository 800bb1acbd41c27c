package org.citizenservices.appointments.internal.api;

import org.citizenservices.appointments.internal.AppointmentMode;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.appointments.internal.SlotSearch;
import org.citizenservices.appointments.internal.SlotService;
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
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The appointments capability's part of the patient API: {@code GET /patients/{patientLinkId}/appointment-slots}.
 * The host has already checked the session, the patient link and that APPOINTMENTS is available for the patient.
 */
public final class AppointmentSlotsApi {

    /** The contract's slot: times with their offset, the clinician as an object. */
    public record Slot(String slotId, OffsetDateTime start, OffsetDateTime end, Clinician clinician, String location,
                       String type, AppointmentMode mode) {
    }

    public record Clinician(String id, String name, String role) {
    }

    public record Slots(List<Slot> slots) {
    }

    private static final int DEFAULT_DAYS = 28;

    private final Supplier<SlotService> slots;
    private final Clock practiceClock;

    public AppointmentSlotsApi(Supplier<SlotService> slots, Clock practiceClock) {
        this.slots = slots;
        this.practiceClock = practiceClock;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("appointment-slots", "Free slots the patient can book online",
                        "APPOINTMENT_SLOTS_VIEWED", Slots.class, this::freeSlots)
                .withQuery(ApiParameter.optional("from", LocalDate.class, "First day (default today)"),
                        ApiParameter.optional("to", LocalDate.class, "Last day (default four weeks on)")));
    }

    private Slots freeSlots(ApiRequest request) {
        LocalDate today = LocalDate.now(practiceClock);
        LocalDate from = request.queryDate("from").orElse(today);
        LocalDate to = request.queryDate("to").orElse(from.plusDays(DEFAULT_DAYS));
        SlotSearch search;
        try {
            search = new SlotSearch(from, to);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        ZoneId zone = practiceClock.getZone();
        return new Slots(slots.get().freeSlots(search).stream().map(slot -> toSlot(slot, zone)).toList());
    }

    private static Slot toSlot(FreeSlot slot, ZoneId zone) {
        return new Slot(Long.toString(slot.slotId()), offset(slot.start(), zone), offset(slot.end(), zone),
                new Clinician(slug(slot.clinicianName()), slot.clinicianName(), slot.clinicianRole()),
                slot.location(), slot.slotType(), slot.mode());
    }

    private static OffsetDateTime offset(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toOffsetDateTime();
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
