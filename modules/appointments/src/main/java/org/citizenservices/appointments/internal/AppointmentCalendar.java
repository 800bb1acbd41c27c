package org.citizenservices.appointments.internal;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An appointment as an iCalendar file (RFC 5545, written by ical4j) for the patient's own calendar: a booked one as
 * an event to add; a cancelled one as a cancelling event with the same UID, so a calendar that has it takes it away.
 * It says who, when, where and with whom — never the reason given, since calendars are often shared.
 */
public final class AppointmentCalendar {

    public static final String CONTENT_TYPE = "text/calendar";

    private AppointmentCalendar() {
    }

    /**
     * @param forWhom "Your" or "Sam Demo's", as the calendar's owner reads it
     * @param zone    the practice's time zone (the book's times are its local times)
     */
    static byte[] of(BookedAppointment appointment, String forWhom, String practiceOds, String practiceName,
                     ZoneId zone, Instant now) {
        boolean cancelled = appointment.status() == AppointmentStatus.CANCELLED;
        FreeSlot slot = appointment.slot();
        VEvent event = new VEvent(slot.start().atZone(zone).toInstant(), slot.end().atZone(zone).toInstant(),
                forWhom + " appointment with " + slot.clinicianName() + " (" + practiceName + ")");
        event.add(new Uid("appointment-" + appointment.appointmentId() + "@" + practiceOds + ".citizen-services"));
        event.add(new DtStamp(now));
        // a cancellation supersedes the booking the calendar may hold
        event.add(new Sequence(cancelled ? 1 : 0));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Location(slot.mode() == AppointmentMode.IN_PERSON ? slot.location() : slot.mode().label()
                + " (" + slot.location() + ")"));
        event.add(new Description(slot.slotType() + ", " + slot.mode().label().toLowerCase(java.util.Locale.UK)
                + ". To change or cancel it, sign in to your GP practice's online services or phone "
                + practiceName + "."));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Citizen Services//Appointments//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
        calendar.add(event);
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
