package org.citizenservices.appointments.internal;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An appointment's calendar file, read back by ical4j's own parser: a booked one is an event at the slot's time with
 * the clinician and the place and never the reason; once cancelled, a cancelling event with the same UID.
 */
class AppointmentCalendarTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = AppointmentsDatabase.unit();
    static TestServiceAccess access;
    static AppointmentBook book;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        book = AppointmentsDatabase.book(unit, access);
        access.staff(Role.PRACTICE_ADMIN);
        long clinician = book.sessions().addClinician("Dr Asha Patel", "GP").id();
        book.sessions().addSession(new NewSession(clinician, null, MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 15,
                "Routine GP appointment", AppointmentMode.VIDEO, true));
    }

    static Calendar parsed(byte[] content) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(content));
    }

    static String utc(java.time.LocalDateTime local) {
        return local.atZone(PracticeTime.ZONE).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void aBookedAppointment_isAnEventToAdd_andOnceCancelled_anEventThatTakesItAway() throws Exception {
        access.citizenFor(501, true);
        long slot = book.freeSlots().freeSlots(new SlotSearch(MONDAY, MONDAY, null, null, null)).get(0).slotId();
        BookedAppointment booked = book.onlineBooking().book(slot, "Painful rash on my arm", null);

        OnlineBooking.CalendarFile file = book.onlineBooking().calendar(booked.appointmentId());

        assertThat(file.fileName()).isEqualTo("appointment-2026-11-30.ics");
        Calendar calendar = parsed(file.content());
        assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        VEvent event = (VEvent) calendar.getComponents().get(0);
        // the book's local times, as instants: in London on 30 November that is UTC (GMT)
        assertThat(value(event, Property.DTSTART)).isEqualTo(utc(booked.slot().start()));
        assertThat(value(event, Property.DTEND)).isEqualTo(utc(booked.slot().end()));
        assertThat(utc(booked.slot().start())).startsWith("20261130T0");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Your appointment with Dr Asha Patel"
                + " (Riverside Medical Practice)");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.LOCATION)).startsWith("Video");
        String uid = value(event, Property.UID);
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("rash");
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action).contains("APPOINTMENT_CALENDAR_FILE");

        book.onlineBooking().cancel(booked.appointmentId(), "Better now");
        Calendar cancelled = parsed(book.onlineBooking().calendar(booked.appointmentId()).content());
        assertThat(cancelled.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent gone = (VEvent) cancelled.getComponents().get(0);
        assertThat(value(gone, Property.UID)).isEqualTo(uid);
        assertThat(value(gone, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(gone, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void aProxysFileNamesThePatient_andSomeoneElsesAppointmentIsNotFound() throws Exception {
        access.citizenFor(502, false);
        long slot = book.freeSlots().freeSlots(new SlotSearch(MONDAY, MONDAY, null, null, null)).get(0).slotId();
        BookedAppointment booked = book.onlineBooking().book(slot, null, null);

        VEvent event = (VEvent) parsed(book.onlineBooking().calendar(booked.appointmentId()).content())
                .getComponents().get(0);
        assertThat(value(event, Property.SUMMARY)).startsWith("Patient 502's appointment with Dr Asha Patel");

        access.citizenFor(503, true);
        assertThatThrownBy(() -> book.onlineBooking().calendar(booked.appointmentId()))
                .isInstanceOfSatisfying(BookingRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(BookingRefused.Reason.NOT_FOUND));
    }
}
