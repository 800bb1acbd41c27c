package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.ImportOutcome.Kind;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One import's Practitioners, Locations, Schedules and Slots stored in the caller's transaction. A reference
 * ({@code Schedule/abc}) names a resource of the same bundle by its id, or one imported before under that key.
 * Every row found again by its key is updated or left as it is, never copied; a slot a patient booked here is never
 * moved under them; a busy slot is not offered.
 */
final class ImportedBook {

    private final EntityManager em;
    private final String ods;
    private final List<FhirResource> resources;
    private final LocalDateTime now;
    private final Map<String, String> keys = new HashMap<>();

    ImportedBook(EntityManager em, String ods, List<FhirResource> resources, LocalDateTime now) {
        this.em = em;
        this.ods = ods;
        this.resources = resources;
        this.now = now;
        resources.forEach(r -> r.text("id").ifPresent(id -> keys.put(r.resourceType() + "/" + id, r.sourceKey())));
    }

    /** The outcomes in the import's order, though stored clinicians and rooms first, then schedules, then slots. */
    List<ImportOutcome> store() {
        Map<FhirResource, ImportOutcome> outcomes = new java.util.IdentityHashMap<>();
        for (String type : BookImport.ORDER) {
            for (FhirResource resource : resources) {
                if (type.equals(resource.resourceType())) {
                    outcomes.put(resource, one(resource));
                    em.flush();
                }
            }
        }
        List<ImportOutcome> inOrder = new ArrayList<>();
        resources.forEach(resource -> inOrder.add(outcomes.get(resource)));
        return inOrder;
    }

    private ImportOutcome one(FhirResource resource) {
        try {
            return switch (resource.resourceType()) {
                case "Practitioner" -> practitioner(resource);
                case "Location" -> location(resource);
                case "Schedule" -> schedule(resource);
                default -> new ImportedSlots(em, ods, now).slot(resource, schedule(resource, "schedule"));
            };
        } catch (IllegalArgumentException unusable) {
            return ImportOutcome.rejected(resource, unusable.getMessage());
        }
    }

    private ImportOutcome practitioner(FhirResource resource) {
        String name = FhirBook.practitionerName(resource);
        String role = FhirBook.role(resource);
        Clinician found = byKey(Clinician.class, resource.sourceKey()).orElse(null);
        if (found == null) {
            Clinician named = byName(Clinician.class, name).orElse(null);
            if (named != null && named.sourceKey() != null) {
                throw new IllegalArgumentException("Another imported clinician is already called " + name + ".");
            }
            if (named != null) {
                // the clinician set up here by hand: from now on the clinical system keeps them up to date
                named.sourceKey(resource.sourceKey());
                named.sourceRef(reference(resource));
                named.rename(name, role);
                return ImportOutcome.of(resource, Kind.UPDATED);
            }
            Clinician created = new Clinician(ods, name, role);
            created.sourceKey(resource.sourceKey());
            created.sourceRef(reference(resource));
            em.persist(created);
            return ImportOutcome.of(resource, Kind.CREATED);
        }
        if (found.name().equals(name) && found.role().equals(role)) {
            return ImportOutcome.of(resource, Kind.UNCHANGED);
        }
        requireFree(Clinician.class, name, found.id());
        found.rename(name, role);
        return ImportOutcome.of(resource, Kind.UPDATED);
    }

    private ImportOutcome location(FhirResource resource) {
        String name = FhirBook.text(resource.text("name"), "Location needs its name.", 100);
        Room found = byKey(Room.class, resource.sourceKey()).orElse(null);
        if (found == null) {
            Room named = byName(Room.class, name).orElse(null);
            if (named != null && named.sourceKey() != null) {
                throw new IllegalArgumentException("Another imported room is already called " + name + ".");
            }
            if (named != null) {
                named.sourceKey(resource.sourceKey());
                named.sourceRef(reference(resource));
                return ImportOutcome.of(resource, Kind.UPDATED);
            }
            Room created = new Room(ods, name);
            created.sourceKey(resource.sourceKey());
            created.sourceRef(reference(resource));
            em.persist(created);
            return ImportOutcome.of(resource, Kind.CREATED);
        }
        if (found.name().equals(name)) {
            return ImportOutcome.of(resource, Kind.UNCHANGED);
        }
        requireFree(Room.class, name, found.id());
        found.rename(name);
        return ImportOutcome.of(resource, Kind.UPDATED);
    }

    private ImportOutcome schedule(FhirResource resource) {
        String clinicianRef = FhirBook.actor(resource, "Practitioner")
                .orElseThrow(() -> new IllegalArgumentException("Schedule needs a Practitioner among its actors."));
        Clinician clinician = referenced(Clinician.class, clinicianRef).orElseThrow(() ->
                new IllegalArgumentException("Schedule's " + clinicianRef + " is neither in this import nor "
                        + "imported before."));
        Optional<String> roomRef = FhirBook.actor(resource, "Location");
        Long room = roomRef.isEmpty() ? null : referenced(Room.class, roomRef.get()).orElseThrow(() ->
                new IllegalArgumentException("Schedule's " + roomRef.get() + " is neither in this import nor "
                        + "imported before.")).id();
        String type = FhirBook.slotType(resource);
        ImportedSchedule found = byKey(ImportedSchedule.class, resource.sourceKey()).orElse(null);
        if (found == null) {
            ImportedSchedule created = new ImportedSchedule(ods, resource.sourceKey());
            created.sourceRef(reference(resource));
            created.take(clinician.id(), room, type);
            em.persist(created);
            return ImportOutcome.of(resource, Kind.CREATED);
        }
        boolean moved = found.clinicianId() != clinician.id() || !java.util.Objects.equals(found.roomId(), room);
        if (moved && hasComingSessions(found)) {
            // its sessions and slots would keep the old clinician and room: the book would say one thing and be another
            throw new IllegalArgumentException("The schedule's clinician or room changed while it has slots to come; "
                    + "send them under a new schedule.");
        }
        return ImportOutcome.of(resource, found.take(clinician.id(), room, type) ? Kind.UPDATED : Kind.UNCHANGED);
    }

    private boolean hasComingSessions(ImportedSchedule schedule) {
        return em.createQuery("select count(b) from BookSession b where b.practiceOds = :ods"
                        + " and b.sourceKey like :key and b.date >= :today", Long.class).setParameter("ods", ods)
                .setParameter("key", "schedule " + schedule.id() + "|%")
                .setParameter("today", now.toLocalDate()).getSingleResult() > 0;
    }

    private ImportedSchedule schedule(FhirResource slot, String field) {
        String reference = slot.text(field, "reference").orElseThrow(() ->
                new IllegalArgumentException("Slot needs its schedule."));
        return referenced(ImportedSchedule.class, reference).orElseThrow(() -> new IllegalArgumentException(
                "Slot's " + reference + " is neither in this import nor imported before."));
    }

    /** A reference's row: the resource's own key when it is in this import, else its FHIR id from an earlier one. */
    private <T> Optional<T> referenced(Class<T> type, String reference) {
        String key = keys.get(reference);
        return key != null ? byKey(type, key) : em.createQuery("select r from " + type.getSimpleName()
                        + " r where r.practiceOds = :ods and r.sourceRef = :ref", type).setParameter("ods", ods)
                .setParameter("ref", reference).getResultStream().findFirst();
    }

    private static String reference(FhirResource resource) {
        return resource.text("id").map(id -> resource.resourceType() + "/" + id).orElse(null);
    }

    private <T> Optional<T> byKey(Class<T> type, String key) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.practiceOds = :ods"
                        + " and r.sourceKey = :key", type).setParameter("ods", ods).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private <T> Optional<T> byName(Class<T> type, String name) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.practiceOds = :ods"
                        + " and r.name = :name", type).setParameter("ods", ods).setParameter("name", name)
                .getResultStream().findFirst();
    }

    /** Names are unique in a practice: a rename onto another's name would break the book, so it is refused. */
    private void requireFree(Class<?> type, String name, long self) {
        byName(type, name).filter(other -> !((org.citizenservices.spi.PracticeRow) other).id().equals(self))
                .ifPresent(other -> {
                    throw new IllegalArgumentException("The practice already has another " + type.getSimpleName()
                            .toLowerCase(java.util.Locale.ROOT) + " called " + name + ".");
                });
    }
}
