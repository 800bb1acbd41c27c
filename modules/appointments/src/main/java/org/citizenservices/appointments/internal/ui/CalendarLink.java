package org.citizenservices.appointments.internal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.citizenservices.appointments.internal.AppointmentCalendar;
import org.citizenservices.appointments.internal.BookedAppointment;
import org.citizenservices.appointments.internal.BookingRefused;
import org.citizenservices.appointments.internal.OnlineBooking;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.ServiceNotAvailableException;

import java.io.ByteArrayInputStream;

/** A link to an appointment's calendar file ({@link OnlineBooking#calendar}), made when the link is followed. */
final class CalendarLink {

    private CalendarLink() {
    }

    static Anchor of(OnlineBooking booking, BookedAppointment appointment, String text) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            // the file is made outside the page's request: the citizen's access is read under the session lock
            VaadinSession session = event.getSession();
            session.lock();
            try {
                OnlineBooking.CalendarFile file = booking.calendar(appointment.appointmentId());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        AppointmentCalendar.CONTENT_TYPE, file.content().length);
            } catch (BookingRefused | ServiceNotAvailableException refused) {
                return DownloadResponse.error(404, refused.getMessage());
            } finally {
                session.unlock();
            }
        }), text);
        link.setId("calendar-" + appointment.appointmentId());
        link.getElement().setAttribute("aria-label", text + ": the appointment on "
                + Formats.dayAndTime(appointment.slot().start()));
        return link;
    }
}
