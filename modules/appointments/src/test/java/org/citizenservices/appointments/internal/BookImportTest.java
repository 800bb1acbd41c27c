package org.citizenservices.appointments.internal;

import org.citizenservices.appointments.BookableSlot;
import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.ImportOutcome;
import org.citizenservices.spi.ImportOutcome.Kind;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice's appointment book from its clinical system, on a real Derby database: Practitioner, Location,
 * Schedule and free Slots become slots patients can book; the same again changes nothing; a moved slot moves; a
 * slot that turns busy leaves the book; a slot a patient booked here is never moved under them; a slot whose schedule
 * cannot be found is refused while the rest are stored.
 */
class BookImportTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final String ODS = TestServiceAccess.PRACTICE;

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = AppointmentsDatabase.unit();
    static TestServiceAccess access;
    static AppointmentBook book;
    static PatientAppointments api;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        book = AppointmentsDatabase.book(unit, access);
        api = new PatientAppointmentsService(() -> book);
        assertThat(kinds(List.of(practitioner(), location(), schedule("Schedule/sched-1"))))
                .containsExactly(Kind.CREATED, Kind.CREATED, Kind.CREATED);
    }

    @Test
    void givenAScheduleWithSlots_whenImportedTwice_thenItsFreeSlotsAreBookable_andTheSecondChangesNothing() {
        List<FhirResource> bundle = List.of(slot("s1", "09:00", "09:10", "free"),
                practitioner(), location(), schedule("Schedule/sched-1"), slot("s2", "09:10", "09:20", "free"),
                slot("s3", "09:20", "09:30", "busy"));

        assertThat(kinds(bundle)).containsExactly(Kind.CREATED, Kind.UNCHANGED, Kind.UNCHANGED, Kind.UNCHANGED,
                Kind.CREATED, Kind.REJECTED);
        access.citizenFor(501, true);
        List<BookableSlot> free = api.freeSlots(DAY, DAY).stream().filter(s -> s.start().getHour() == 9).toList();
        assertThat(free).extracting(BookableSlot::start).containsExactly(DAY.atTime(9, 0), DAY.atTime(9, 10));
        assertThat(free).allSatisfy(s -> {
            assertThat(s.clinicianName()).isEqualTo("Dr Nadia Rahman");
            assertThat(s.location()).isEqualTo("Room 3");
            assertThat(s.mode()).isEqualTo("IN_PERSON");
        });

        assertThat(kinds(bundle)).containsExactly(Kind.UNCHANGED, Kind.UNCHANGED, Kind.UNCHANGED, Kind.UNCHANGED,
                Kind.UNCHANGED, Kind.REJECTED);
        assertThat(api.freeSlots(DAY, DAY)).filteredOn(s -> s.start().getHour() == 9).hasSize(2);
    }

    @Test
    void givenImportedSlots_whenOneMovesAndOneTurnsBusy_thenTheBookFollows_butABookedSlotStaysPut() {
        kinds(List.of(practitioner(), location(), schedule("Schedule/sched-1"), slot("m1", "11:00", "11:10", "free"),
                slot("m2", "11:10", "11:20", "free"), slot("m3", "11:20", "11:30", "free")));
        access.citizenFor(502, true);
        long booked = api.freeSlots(DAY, DAY).stream().filter(s -> s.start().equals(DAY.atTime(11, 20)))
                .findFirst().orElseThrow().slotId();
        api.book(booked, "Knee pain");

        List<ImportOutcome> outcomes = book.imports().store(ODS, null, List.of(
                slot("m1", "11:00", "11:15", "free"), slot("m2", "11:10", "11:20", "busy"),
                slot("m3", "11:30", "11:40", "free"), schedule("Schedule/sched-1")));
        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(Kind.UPDATED, Kind.UPDATED,
                Kind.REJECTED, Kind.UNCHANGED);
        assertThat(outcomes.get(2).reason()).contains("A patient booked this slot here");
        access.citizenFor(503, true);
        assertThat(api.freeSlots(DAY, DAY)).filteredOn(s -> s.start().getHour() == 11)
                .extracting(BookableSlot::start, BookableSlot::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DAY.atTime(11, 0), DAY.atTime(11, 15)));
    }

    @Test
    void givenASlotOfAnUnknownSchedule_orInThePast_thenThatSlotAloneIsRefusedSayingWhy() {
        List<ImportOutcome> outcomes = book.imports().store(ODS, null, List.of(practitioner(), location(),
                schedule("Schedule/sched-1"), slot("u1", "14:00", "14:10", "free", "Schedule/nowhere"),
                slotOn(LocalDate.of(2026, 11, 2), "u2"), slot("u3", "14:10", "14:20", "free")));

        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(Kind.UNCHANGED, Kind.UNCHANGED,
                Kind.UNCHANGED, Kind.REJECTED, Kind.REJECTED, Kind.CREATED);
        assertThat(outcomes.get(3).reason()).contains("Schedule/nowhere is neither in this import nor imported");
        assertThat(outcomes.get(4).reason()).contains("in the past");
        assertThat(book.imports().store(ODS, 77L, List.of(slot("u4", "15:00", "15:10", "free"))))
                .extracting(ImportOutcome::kind).containsExactly(Kind.REJECTED);
    }

    @Test
    void givenASlotCancelledHere_whenTheClinicalSystemFillsIt_thenItIsNoLongerOfferedOnline() {
        kinds(List.of(slot("h1", "16:00", "16:10", "free")));
        access.citizenFor(504, true);
        BookableSlot free = api.freeSlots(DAY, DAY).stream().filter(s -> s.start().equals(DAY.atTime(16, 0)))
                .findFirst().orElseThrow();
        book.onlineBooking().cancel(api.book(free.slotId(), null).appointmentId(), "Feeling better");
        assertThat(api.freeSlots(DAY, DAY)).extracting(BookableSlot::slotId).contains(free.slotId());

        assertThat(kinds(List.of(slot("h1", "16:00", "16:10", "busy")))).containsExactly(Kind.UPDATED);
        assertThat(api.freeSlots(DAY, DAY)).extracting(BookableSlot::slotId).doesNotContain(free.slotId());
    }

    @Test
    void givenTwoImportedClinicians_ofOneName_thenTheSecondIsRefused_andTheFirstKeepsItsKey() {
        FhirResource twin = new FhirResource(0, "Practitioner", "https://fhir.nhs.uk/Id/sds-user-id|999888777666",
                false, Map.of("resourceType", "Practitioner", "id", "twin", "name", List.of(Map.of("text",
                "Dr Nadia Rahman"))));
        List<ImportOutcome> outcomes = book.imports().store(ODS, null, List.of(twin));
        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(Kind.REJECTED);
        assertThat(outcomes.get(0).reason()).contains("Another imported clinician is already called");
        assertThat(kinds(List.of(schedule("Schedule/sched-1")))).containsExactly(Kind.UNCHANGED);
    }

    @Test
    void givenAScheduleWithSlotsToCome_whenItsClinicianChanges_thenItIsRefused_andItsSlotsKeepTheirClinician() {
        kinds(List.of(slot("c1", "17:00", "17:10", "free")));
        FhirResource ben = new FhirResource(0, "Practitioner", "https://fhir.nhs.uk/Id/sds-user-id|555666777888",
                false, Map.of("resourceType", "Practitioner", "id", "ben", "name", List.of(Map.of("text",
                "Dr Ben Ode"))));
        FhirResource moved = new FhirResource(1, "Schedule", "Schedule/sched-1", false, Map.of("resourceType",
                "Schedule", "id", "sched-1", "serviceType", List.of(Map.of("text", "Routine GP appointment")),
                "actor", List.of(Map.of("reference", "Practitioner/ben"), Map.of("reference", "Location/room-3"))));

        List<ImportOutcome> outcomes = book.imports().store(ODS, null, List.of(ben, moved));
        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(Kind.CREATED, Kind.REJECTED);
        assertThat(outcomes.get(1).reason()).contains("changed while it has slots to come");
        access.citizenFor(505, true);
        assertThat(api.freeSlots(DAY, DAY)).filteredOn(s -> s.start().equals(DAY.atTime(17, 0)))
                .extracting(BookableSlot::clinicianName).containsExactly("Dr Nadia Rahman");
    }

    private static List<Kind> kinds(List<FhirResource> resources) {
        return book.imports().store(ODS, null, resources).stream().map(ImportOutcome::kind).toList();
    }

    static FhirResource practitioner() {
        return new FhirResource(0, "Practitioner", "https://fhir.nhs.uk/Id/sds-user-id|111222333444", false,
                Map.of("resourceType", "Practitioner", "id", "nadia", "name", List.of(Map.of("family", "Rahman",
                        "given", List.of("Nadia"), "prefix", List.of("Dr")))));
    }

    static FhirResource location() {
        return new FhirResource(1, "Location", "Location/room-3", false,
                Map.of("resourceType", "Location", "id", "room-3", "name", "Room 3"));
    }

    static FhirResource schedule(String key) {
        return new FhirResource(2, "Schedule", key, false, Map.of("resourceType", "Schedule", "id", "sched-1",
                "serviceType", List.of(Map.of("text", "Routine GP appointment")),
                "actor", List.of(Map.of("reference", "Practitioner/nadia"), Map.of("reference", "Location/room-3"))));
    }

    static FhirResource slot(String id, String from, String to, String status) {
        return slot(id, from, to, status, "Schedule/sched-1");
    }

    static FhirResource slot(String id, String from, String to, String status, String schedule) {
        return new FhirResource(3, "Slot", "Slot/" + id, false, Map.of("resourceType", "Slot", "id", id,
                "schedule", Map.of("reference", schedule), "status", status,
                "start", DAY + "T" + from + ":00+00:00", "end", DAY + "T" + to + ":00+00:00"));
    }

    static FhirResource slotOn(LocalDate day, String id) {
        return new FhirResource(4, "Slot", "Slot/" + id, false, Map.of("resourceType", "Slot", "id", id,
                "schedule", Map.of("reference", "Schedule/sched-1"), "status", "free",
                "start", day + "T09:00:00Z", "end", day + "T09:10:00Z"));
    }

}
