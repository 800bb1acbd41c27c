package org.citizenservices.appointments.internal;

import org.citizenservices.appointments.BookableSlot;
import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.appointments.UpcomingAppointment;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The published API over a real appointment book on Derby: another module finds free slots, books one and sees it
 * upcoming, for the patient the citizen acts for; refusals come as the API's exception with the book's words.
 */
class PatientAppointmentsServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = AppointmentsDatabase.unit();
    static TestServiceAccess access;
    static AppointmentBook book;
    static PatientAppointments api;
    static long nextPatient = 100;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        book = AppointmentsDatabase.book(unit, access);
        api = new PatientAppointmentsService(() -> book);
        access.staff(Role.PRACTICE_ADMIN);
        long clinician = book.sessions().addClinician("Dr Asha Patel", "GP").id();
        book.sessions().addSession(new NewSession(clinician, null, MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 15,
                "Routine GP appointment", AppointmentMode.VIDEO, true));
    }

    @BeforeEach
    void aPatientOfTheirOwn() {
        access.available(true);
        access.citizenFor(nextPatient++, true);
    }

    @Test
    void aFreeSlotIsBooked_andThenUpcoming() {
        List<BookableSlot> free = api.freeSlots(MONDAY, MONDAY);
        assertThat(free).isNotEmpty().first().satisfies(slot -> {
            assertThat(slot.start()).isEqualTo(LocalDateTime.of(MONDAY, LocalTime.of(9, 0)));
            assertThat(slot.clinicianName()).isEqualTo("Dr Asha Patel");
            assertThat(slot.mode()).isEqualTo("VIDEO");
            assertThat(slot.location()).isEqualTo("By video");
        });

        UpcomingAppointment booked = api.book(free.get(0).slotId(), "Follow-up of my online consultation");

        assertThat(booked.slot()).isEqualTo(free.get(0));
        assertThat(booked.reason()).isEqualTo("Follow-up of my online consultation");
        assertThat(booked.cancelBy()).isEqualTo(free.get(0).start().minusHours(24));
        assertThat(api.upcoming()).containsExactly(booked);
        assertThat(api.freeSlots(MONDAY, MONDAY)).doesNotContain(free.get(0));
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action).contains("APPOINTMENT_BOOKED");
    }

    @Test
    void aRefusal_isTheApisException_withTheBooksMessage() {
        long slot = api.freeSlots(MONDAY, MONDAY).get(0).slotId();
        api.book(slot, null);
        access.citizenFor(nextPatient++, true);

        assertThatThrownBy(() -> api.book(slot, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sorry, someone has just booked this appointment. Please choose another.");
        assertThatThrownBy(() -> api.freeSlots(MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(api.upcoming()).isEmpty();
    }

    @Test
    void withoutTheService_nothingIsAnswered() {
        access.available(false);

        assertThatThrownBy(api::upcoming).isInstanceOf(ServiceNotAvailableException.class);
        assertThatThrownBy(() -> api.freeSlots(MONDAY, MONDAY)).isInstanceOf(ServiceNotAvailableException.class);
    }

    @Test
    void onceTheModuleHasStopped_aKeptReferenceIsRefused() {
        PatientAppointments stale = new PatientAppointmentsService(() -> null);

        assertThatThrownBy(stale::upcoming).isInstanceOf(IllegalStateException.class)
                .hasMessage("The appointments module has stopped.");
    }
}
