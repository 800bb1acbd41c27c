package org.citizenservices.appointments.internal.gpconnect;

import org.citizenservices.appointments.internal.AppointmentMode;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.FreeSlot;
import org.citizenservices.spi.FhirJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.citizenservices.spi.FhirJson.object;
import static org.citizenservices.spi.FhirJson.reference;

/**
 * The book as GP Connect Appointments Management (STU3) gives it: a free slot as {@code Slot} on its clinician's
 * {@code Schedule} (one per clinician, with the clinician and the place as its actors), the clinician as
 * {@code Practitioner}, the place as {@code Location}, and an appointment as {@code Appointment} whose
 * {@code meta.versionId} changes whenever what an app sees of it changes.
 */
final class AppointmentResources {

    static final String DELIVERY_CHANNEL =
            "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2";
    static final String CANCELLATION_REASON =
            "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final ZoneId zone;

    AppointmentResources(ZoneId zone) {
        this.zone = zone;
    }

    Map<String, Object> slot(FreeSlot slot) {
        return FhirJson.resource("Slot", Long.toString(slot.slotId()),
                "extension", List.of(object("url", DELIVERY_CHANNEL, "valueCode", channel(slot.mode()))),
                "serviceType", slot.slotType() == null ? null : List.of(FhirJson.text(slot.slotType())),
                "schedule", reference("Schedule", slot.clinicianId()),
                "status", "free", "start", instant(slot.start()), "end", instant(slot.end()));
    }

    Map<String, Object> schedule(FreeSlot slot) {
        return FhirJson.resource("Schedule", Long.toString(slot.clinicianId()),
                "actor", slot.location() == null ? List.of(reference("Practitioner", slot.clinicianId()))
                        : List.of(reference("Practitioner", slot.clinicianId()),
                        reference("Location", locationId(slot.location()))));
    }

    /** A clinician of the book; their role (GP, practice nurse) as a qualification's words. */
    Map<String, Object> practitioner(long clinicianId, String name, String role) {
        return FhirJson.resource("Practitioner", Long.toString(clinicianId),
                "name", List.of(object("text", name)),
                "qualification", role == null ? null : List.of(object("code", FhirJson.text(role))));
    }

    Map<String, Object> location(String name) {
        return FhirJson.resource("Location", locationId(name), "status", "active", "name", name);
    }

    Map<String, Object> appointment(BookedAppointment booked) {
        FreeSlot slot = booked.slot();
        return FhirJson.resource("Appointment", Long.toString(booked.appointmentId()),
                "meta", object("versionId", version(booked)),
                "extension", booked.cancellationReason() == null ? null : List.of(object("url",
                        CANCELLATION_REASON, "valueString", booked.cancellationReason())),
                "status", switch (booked.status()) {
                    case BOOKED -> "booked";
                    case CANCELLED -> "cancelled";
                    case ATTENDED -> "fulfilled";
                    case DID_NOT_ATTEND -> "noshow";
                },
                "description", booked.reason(),
                "start", instant(slot.start()), "end", instant(slot.end()),
                "slot", List.of(reference("Slot", slot.slotId())),
                "created", instant(booked.bookedAt()),
                "participant", java.util.stream.Stream.of(
                        object("actor", reference("Patient", booked.patientId()), "status", "accepted"),
                        object("actor", reference("Practitioner", slot.clinicianId()), "status", "accepted"),
                        slot.location() == null ? null : object("actor", reference("Location",
                                locationId(slot.location())), "status", "accepted"))
                        .filter(java.util.Objects::nonNull).toList());
    }

    /** Opaque, and different whenever what an app sees of the appointment is. */
    static String version(BookedAppointment booked) {
        String seen = booked.status() + "|" + booked.reason() + "|" + booked.cancellationReason();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seen.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A place has a name only in the book; its id is made from the name, so the same place has the same id. */
    static String locationId(String name) {
        return "loc-" + Integer.toHexString((name == null ? "" : name).hashCode());
    }

    private String instant(LocalDateTime local) {
        return local.atZone(zone).format(INSTANT);
    }

    private static String channel(AppointmentMode mode) {
        return switch (mode) {
            case IN_PERSON -> "In-person";
            case TELEPHONE -> "Telephone";
            case VIDEO -> "Video";
        };
    }
}
