package org.citizenservices.appointments.internal;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
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
 * Moving a booking in one step, on a real appointment book (Derby; the test clock stands at Thursday 26 November 2026,
 * 10:00): the new slot taken and the old freed together, or — the new slot taken by someone else, outside the window,
 * the old one past the cut-off, someone else's — nothing changed at all.
 */
class RescheduleTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final LocalDate FAR = LocalDate.of(2027, 1, 20);

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = AppointmentsDatabase.unit();
    static TestServiceAccess access;
    static AppointmentBook book;
    static long nextPatient = 300;
    long patient;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        book = AppointmentsDatabase.book(unit, access);
        access.staff(Role.PRACTICE_ADMIN);
        long clinician = book.sessions().addClinician("Dr Asha Patel", "GP").id();
        for (LocalDate day : List.of(TODAY, MONDAY, FAR)) {
            book.sessions().addSession(new NewSession(clinician, null, day, LocalTime.of(11, 0), LocalTime.of(13, 0),
                    10, "Routine GP appointment", AppointmentMode.VIDEO, true));
        }
    }

    @BeforeEach
    void aPatientOfTheirOwn() {
        patient = nextPatient++;
        access.citizenFor(patient, true);
    }

    private long freeSlot(LocalDate day) {
        return book.freeSlots().freeSlots(new SlotSearch(day, day, null, null, null)).get(0).slotId();
    }

    private List<BookedAppointment> mine() {
        access.citizenFor(patient, true);
        return book.onlineBooking().appointments(true);
    }

    @Test
    void aBookingMoves_withItsReason_andTheOldSlotIsFreeAgain() {
        long first = freeSlot(MONDAY);
        BookedAppointment booked = book.onlineBooking().book(first, "Sore knee", null);
        long later = freeSlot(MONDAY);

        BookedAppointment moved = book.onlineBooking().reschedule(booked.appointmentId(), later);

        assertThat(moved.slot().slotId()).isEqualTo(later);
        assertThat(moved.reason()).isEqualTo("Sore knee");
        assertThat(mine()).filteredOn(a -> a.appointmentId() == booked.appointmentId()).singleElement()
                .satisfies(old -> {
                    assertThat(old.status()).isEqualTo(AppointmentStatus.CANCELLED);
                    assertThat(old.cancellationReason()).isEqualTo("Moved to another appointment");
                });
        assertThat(book.freeSlots().freeSlots(new SlotSearch(MONDAY, MONDAY, null, null, null)))
                .extracting(FreeSlot::slotId).contains(first).doesNotContain(later);
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action).contains("APPOINTMENT_RESCHEDULED");
    }

    @Test
    void aSlotSomeoneElseTook_orOneOutsideTheWindow_changesNothing() {
        BookedAppointment booked = book.onlineBooking().book(freeSlot(MONDAY), null, null);
        long wanted = freeSlot(MONDAY);
        access.citizenFor(nextPatient++, true);
        book.onlineBooking().book(wanted, null, null);
        access.citizenFor(patient, true);

        assertThatThrownBy(() -> book.onlineBooking().reschedule(booked.appointmentId(), wanted))
                .isInstanceOfSatisfying(BookingRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(BookingRefused.Reason.SLOT_TAKEN));
        // beyond the window the search offers nothing: the slot's id as an app might send it anyway
        long far = unit.get().entityManagerFactory().createEntityManager().createQuery(
                "select s.id from Slot s where s.startsAt > :day", Long.class)
                .setParameter("day", FAR.atStartOfDay()).setMaxResults(1).getSingleResult();
        assertThatThrownBy(() -> book.onlineBooking().reschedule(booked.appointmentId(), far))
                .isInstanceOfSatisfying(BookingRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(BookingRefused.Reason.OUTSIDE_WINDOW));
        assertThatThrownBy(() -> book.onlineBooking().reschedule(booked.appointmentId(), booked.slot().slotId()))
                .isInstanceOf(BookingRefused.class);

        assertThat(mine()).singleElement().satisfies(still -> {
            assertThat(still.appointmentId()).isEqualTo(booked.appointmentId());
            assertThat(still.status()).isEqualTo(AppointmentStatus.BOOKED);
        });
        assertThat(book.freeSlots().freeSlots(new SlotSearch(MONDAY, MONDAY, null, null, null)))
                .extracting(FreeSlot::slotId).doesNotContain(booked.slot().slotId());
    }

    @Test
    void pastTheCutOff_orSomeoneElsesAppointment_isRefused() {
        BookedAppointment soon = book.onlineBooking().book(freeSlot(TODAY), null, null);
        long elsewhen = freeSlot(MONDAY);

        assertThatThrownBy(() -> book.onlineBooking().reschedule(soon.appointmentId(), elsewhen))
                .isInstanceOfSatisfying(BookingRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.PAST_CUT_OFF);
                    assertThat(refused.getMessage()).startsWith("It is too late to move this appointment online");
                });
        access.citizenFor(nextPatient++, true);
        assertThatThrownBy(() -> book.onlineBooking().reschedule(soon.appointmentId(), elsewhen))
                .isInstanceOfSatisfying(BookingRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(BookingRefused.Reason.NOT_FOUND));
        assertThat(mine()).singleElement().extracting(BookedAppointment::status)
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aPatientAtThePracticesMaximum_canStillMoveOne() {
        BookedAppointment first = book.onlineBooking().book(freeSlot(MONDAY), null, null);
        book.onlineBooking().book(freeSlot(MONDAY), null, null);

        BookedAppointment moved = book.onlineBooking().reschedule(first.appointmentId(), freeSlot(MONDAY));

        assertThat(mine()).filteredOn(a -> a.status() == AppointmentStatus.BOOKED).hasSize(2)
                .extracting(BookedAppointment::appointmentId).contains(moved.appointmentId());
    }
}
