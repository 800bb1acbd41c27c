package org.citizenservices.appointments.internal;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The earlier-slot waiting list on a real appointment book (Derby) with a clock the test moves: a cancelled slot is
 * held for the first patient waiting for an earlier one like it and nobody else can book it; the offer passes on when
 * its time runs out, or when declined; taking it moves the booking, whose freed slot goes on down the list.
 */
class EarlierSlotWaitingListTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 12, 7);

    /** A practice clock the test moves; it starts on Thursday 26 November 2026 at 10:00. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return PracticeTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = AppointmentsDatabase.unit();
    static final MovingClock clock = new MovingClock();
    static TestServiceAccess access;
    static AppointmentBook book;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        book = new AppointmentBook(unit.get().entityManagerFactory(), access, clock);
        access.staff(Role.PRACTICE_ADMIN);
        long clinician = book.sessions().addClinician("Dr Asha Patel", "GP").id();
        for (LocalDate day : List.of(MONDAY, NEXT_MONDAY)) {
            book.sessions().addSession(new NewSession(clinician, null, day, LocalTime.of(9, 0), LocalTime.of(10, 0),
                    10, "Routine GP appointment", AppointmentMode.TELEPHONE, true));
        }
    }

    private static long slotAt(LocalDate day, int hour, int minute) {
        access.citizenFor(999, true);
        return book.freeSlots().freeSlots(new SlotSearch(day, day, null, null, null)).stream()
                .filter(s -> s.start().toLocalTime().equals(LocalTime.of(hour, minute))).findFirst().orElseThrow()
                .slotId();
    }

    private static BookedAppointment bookAs(long patient, long slotId) {
        access.citizenFor(patient, true);
        return book.onlineBooking().book(slotId, null, null);
    }

    private static EarlierSlotWaits.Place placeOf(long patient) {
        access.citizenFor(patient, true);
        return book.earlierSlots().places().stream().findFirst().orElse(null);
    }

    @Test
    void aFreedSlot_isHeldForTheFirstWaiting_passesOnWhenTimeRunsOut_andTakingItMovesTheBookingDownTheList() {
        long monday = slotAt(MONDAY, 9, 0);
        long earlyNext = slotAt(NEXT_MONDAY, 9, 0);
        long lateNext = slotAt(NEXT_MONDAY, 9, 50);
        BookedAppointment anne = bookAs(1, lateNext);
        book.earlierSlots().ask(anne.appointmentId());
        BookedAppointment ben = bookAs(2, earlyNext);
        clock.now = clock.now.plusSeconds(60);
        book.earlierSlots().ask(ben.appointmentId());
        BookedAppointment carl = bookAs(3, monday);

        access.citizenFor(3, true);
        book.onlineBooking().cancel(carl.appointmentId(), null);
        access.patientNotices.clear();
        book.earlierSlots().sweep();

        assertThat(placeOf(1)).satisfies(p -> {
            assertThat(p.status()).isEqualTo(EarlierSlotWait.Status.OFFERED);
            assertThat(p.offeredStart()).isEqualTo(MONDAY.atTime(9, 0));
            assertThat(p.offerExpiresAt()).isEqualTo(java.time.LocalDateTime.now(clock).plusHours(2));
        });
        assertThat(placeOf(2).status()).isEqualTo(EarlierSlotWait.Status.WAITING);
        assertThat(access.patientNotices).singleElement().satisfies(n -> {
            assertThat(n.patientId()).isEqualTo(1);
            assertThat(n.text()).startsWith("An earlier appointment is free: 30 November 2026 at 09:00.");
        });
        // held: nobody else can have it meanwhile
        assertThat(book.freeSlots().freeSlots(new SlotSearch(MONDAY, MONDAY, null, null, null)))
                .extracting(FreeSlot::slotId).doesNotContain(monday);
        assertThatThrownBy(() -> bookAs(4, monday)).isInstanceOf(BookingRefused.class);

        clock.now = clock.now.plus(Duration.ofHours(2)).plusSeconds(1);
        assertThat(book.earlierSlots().sweep()).isEqualTo(1);
        assertThat(placeOf(1).status()).as("Anne waits on").isEqualTo(EarlierSlotWait.Status.WAITING);
        assertThat(placeOf(2).offeredStart()).as("passed to Ben").isEqualTo(MONDAY.atTime(9, 0));
        access.citizenFor(1, true);
        assertThatThrownBy(() -> book.onlineBooking().takeEarlierSlot(anne.appointmentId()))
                .isInstanceOf(BookingRefused.class).hasMessageContaining("run out");

        access.citizenFor(2, true);
        BookedAppointment moved = book.onlineBooking().takeEarlierSlot(ben.appointmentId());
        assertThat(moved.slot().slotId()).isEqualTo(monday);
        assertThat(placeOf(2)).as("Ben's place is done").isNull();
        // Ben's old slot is earlier than Anne's: it is hers to take now
        assertThat(placeOf(1)).satisfies(p -> {
            assertThat(p.status()).isEqualTo(EarlierSlotWait.Status.OFFERED);
            assertThat(p.offeredStart()).isEqualTo(NEXT_MONDAY.atTime(9, 0));
        });

        access.citizenFor(1, true);
        book.earlierSlots().decline(anne.appointmentId());
        assertThat(placeOf(1).status()).isEqualTo(EarlierSlotWait.Status.WAITING);
        assertThat(book.freeSlots().freeSlots(new SlotSearch(NEXT_MONDAY, NEXT_MONDAY, null, null, null)))
                .as("nobody else waiting: free for anyone").extracting(FreeSlot::slotId).contains(earlyNext);
        access.citizenFor(1, true);
        book.earlierSlots().withdraw(anne.appointmentId());
        assertThat(placeOf(1)).isNull();
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action)
                .contains("EARLIER_SLOT_ASKED", "EARLIER_SLOT_TAKEN", "EARLIER_SLOT_DECLINED", "EARLIER_SLOT_WITHDRAWN");
    }

    @Test
    void cancellingTheAppointment_endsItsPlace_andASlotHeldForItGoesToTheNext() {
        long held = slotAt(MONDAY, 9, 10);
        BookedAppointment dora = bookAs(11, slotAt(NEXT_MONDAY, 9, 40));
        book.earlierSlots().ask(dora.appointmentId());
        clock.now = clock.now.plusSeconds(60);
        BookedAppointment ed = bookAs(12, slotAt(NEXT_MONDAY, 9, 30));
        book.earlierSlots().ask(ed.appointmentId());
        BookedAppointment fay = bookAs(13, held);
        book.onlineBooking().cancel(fay.appointmentId(), null);
        assertThat(placeOf(11).status()).isEqualTo(EarlierSlotWait.Status.OFFERED);

        access.citizenFor(11, true);
        book.onlineBooking().cancel(dora.appointmentId(), "Feeling better");

        assertThat(placeOf(11)).isNull();
        assertThat(placeOf(12).offeredStart()).isEqualTo(MONDAY.atTime(9, 10));
        assertThatThrownBy(() -> book.earlierSlots().ask(ed.appointmentId())).isInstanceOf(BookingRefused.class)
                .hasMessageContaining("already waiting");
        book.earlierSlots().withdraw(ed.appointmentId());
        assertThat(book.freeSlots().freeSlots(new SlotSearch(MONDAY, MONDAY, null, null, null)))
                .extracting(FreeSlot::slotId).contains(held);
    }

    @Test
    void onlyTheirOwnBookedAppointment_goesOnTheList() {
        BookedAppointment gus = bookAs(21, slotAt(NEXT_MONDAY, 9, 20));
        access.citizenFor(22, true);
        assertThatThrownBy(() -> book.earlierSlots().ask(gus.appointmentId())).isInstanceOf(BookingRefused.class)
                .extracting(e -> ((BookingRefused) e).reason()).isEqualTo(BookingRefused.Reason.NOT_FOUND);
        access.citizenFor(21, true);
        book.onlineBooking().cancel(gus.appointmentId(), null);
        assertThatThrownBy(() -> book.earlierSlots().ask(gus.appointmentId())).isInstanceOf(BookingRefused.class)
                .extracting(e -> ((BookingRefused) e).reason()).isEqualTo(BookingRefused.Reason.NOT_BOOKED);
    }
}
