package org.citizenservices.appointments.internal;

import org.citizenservices.spi.FhirResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the book takes from UK Core Practitioner, Schedule and Slot resources, each with the reason when it cannot. */
final class FhirBook {

    private FhirBook() {
    }

    /** "Dr Nadia Rahman": the name's text, else its prefix, given names and family name. */
    static String practitionerName(FhirResource practitioner) {
        Optional<String> text = practitioner.text("name", 0, "text");
        if (text.isPresent()) {
            return text(text, "Practitioner needs a name.", 100);
        }
        List<String> parts = new ArrayList<>();
        practitioner.list("name", 0, "prefix").forEach(p -> parts.add(String.valueOf(p)));
        practitioner.list("name", 0, "given").forEach(g -> parts.add(String.valueOf(g)));
        practitioner.text("name", 0, "family").ifPresent(parts::add);
        return text(parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts)),
                "Practitioner needs a name (text, or given and family names).", 100);
    }

    /** The qualification's words, else "Clinician". */
    static String role(FhirResource practitioner) {
        String role = practitioner.text("qualification", 0, "code", "text")
                .or(() -> practitioner.text("qualification", 0, "code", "coding", 0, "display")).orElse("Clinician");
        return role.length() > 50 ? role.substring(0, 50) : role;
    }

    /** The kind of appointment: the service type's text or display, else "GP appointment". */
    static String slotType(FhirResource resource) {
        String type = resource.text("serviceType", 0, "text")
                .or(() -> resource.text("serviceType", 0, "coding", 0, "display")).orElse("GP appointment");
        return type.length() > 50 ? type.substring(0, 50) : type;
    }

    /** The reference of the first actor of this resource type ("Practitioner/abc"). */
    static Optional<String> actor(FhirResource schedule, String type) {
        for (int i = 0; i < schedule.list("actor").size(); i++) {
            Optional<String> reference = schedule.text("actor", i, "reference");
            if (reference.isPresent() && reference.get().startsWith(type + "/")) {
                return reference;
            }
        }
        return Optional.empty();
    }

    static String text(Optional<String> value, String whenMissing, int max) {
        String text = value.map(String::strip).filter(v -> !v.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException(whenMissing));
        if (text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(whenMissing.replace(" needs ", " has too long or unreadable a ")
                    .replace("its ", "").replace("a name (text, or given and family names)", "name"));
        }
        return text;
    }
}
