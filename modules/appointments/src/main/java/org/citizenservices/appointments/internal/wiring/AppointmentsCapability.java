package org.citizenservices.appointments.internal.wiring;

import org.citizenservices.appointments.PatientAppointments;
import org.citizenservices.appointments.internal.Appointment;
import org.citizenservices.appointments.internal.AppointmentBook;
import org.citizenservices.appointments.internal.BookSession;
import org.citizenservices.appointments.internal.Clinician;
import org.citizenservices.appointments.internal.DemoAppointmentBook;
import org.citizenservices.appointments.internal.PatientAppointmentsService;
import org.citizenservices.appointments.internal.PatientBookings;
import org.citizenservices.appointments.internal.Room;
import org.citizenservices.appointments.internal.Slot;
import org.citizenservices.appointments.internal.StaffNotice;
import org.citizenservices.appointments.internal.api.AppointmentsApi;
import org.citizenservices.appointments.internal.ui.AppointmentsView;
import org.citizenservices.appointments.internal.ui.PracticeBookView;
import org.citizenservices.appointments.internal.ui.SessionsView;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.NamedCapability;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.PublishedService;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/** Appointments Management - Citizen (E00305): the practice's appointment book, and online booking for citizens. */
public final class AppointmentsCapability extends NamedCapability {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentsCapability.class);
    private final Clock practiceClock = PracticeTime.clock();
    private final PublishedService<PatientAppointments> published;
    private volatile AppointmentBook book;
    private volatile java.util.concurrent.ScheduledExecutorService sweeper;

    /** A capability that publishes no API: its unit tests' way of naming its entities. */
    public AppointmentsCapability() {
        this(PublishedService.nowhere(PatientAppointments.class));
    }

    /** The capability the bundle registers, publishing {@link PatientAppointments} while it runs. */
    AppointmentsCapability(PublishedService<PatientAppointments> published) {
        super("appointments", CitizenService.APPOINTMENTS, "Appointments",
                Clinician.class, Room.class, BookSession.class, Slot.class, Appointment.class, PatientBookings.class,
                StaffNotice.class, org.citizenservices.appointments.internal.ImportedSchedule.class,
                org.citizenservices.appointments.internal.EarlierSlotWait.class);
        this.published = published;
    }

    private volatile org.citizenservices.spi.ServiceAccess access;

    @Override
    public void start(CapabilityContext context) {
        access = context.serviceAccess();
        AppointmentBook started = new AppointmentBook(context.entityManagerFactory(), context.serviceAccess(),
                practiceClock, context.revision("BOOK"));
        if (context.demoData()) {
            int seeded = DemoAppointmentBook.seedIfEmpty(context.entityManagerFactory(), started,
                    context::demoPatientId);
            if (seeded > 0) {
                LOG.info("Seeded the demo appointment book: {} slots", seeded);
            }
        }
        book = started;
        published.publish(new PatientAppointmentsService(() -> book));
        // every minute: earlier-slot offers whose time ran out pass to the next patient, new ones are told
        sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "appointments-earlier-slots");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                started.earlierSlots().sweep();
            } catch (RuntimeException failed) {
                LOG.warn("The earlier-slot sweep failed; it runs again in a minute", failed);
            }
        }, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
        published.withdraw();
        book = null;
    }

    @Override
    public List<ApiRoute> apiRoutes() {
        List<ApiRoute> routes = new java.util.ArrayList<>(new AppointmentsApi(() -> book, practiceClock).routes());
        routes.addAll(new org.citizenservices.appointments.internal.api.EarlierSlotApi(() -> book, practiceClock)
                .routes());
        return routes;
    }

    @Override
    public List<org.citizenservices.spi.FhirRoute> fhirRoutes() {
        return new org.citizenservices.appointments.internal.gpconnect.AppointmentsFhir(() -> book, practiceClock)
                .routes();
    }

    @Override
    public List<ViewContribution> views() {
        return List.of(ViewContribution.citizen("appointments", AppointmentsView.class, "Appointments", 10,
                        () -> new AppointmentsView(book.onlineBooking(), book.freeSlots(), book.earlierSlots(),
                                access, practiceClock)),
                ViewContribution.practice("practice/appointment-book", PracticeBookView.class, "Appointment book", 10,
                        Role.STAFF, () -> new PracticeBookView(book.desk(), book.notices(), access, practiceClock)),
                ViewContribution.practice("practice/appointment-sessions", SessionsView.class, "Sessions and clinicians",
                        11, Role.PRACTICE_ADMIN, () -> new SessionsView(book.sessions(), practiceClock)));
    }

    @Override
    public List<org.citizenservices.spi.ClinicalImport> imports() {
        return List.of(book.imports());
    }

    @Override
    public List<org.citizenservices.spi.PracticeSetting> settings() {
        return org.citizenservices.appointments.internal.BookingRules.SETTINGS;
    }
}
