package org.citizenservices.appointments.internal;

import org.citizenservices.appointments.internal.ui.FreeSlotsView;
import org.citizenservices.appointments.internal.api.AppointmentSlotsApi;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** Appointments Management - Citizen (E00305). This first slice lists the free slots a patient can book online. */
public final class AppointmentsCapability implements Capability {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentsCapability.class);
    static final ZoneId PRACTICE_ZONE = ZoneId.of("Europe/London");

    private final Clock practiceClock = Clock.system(PRACTICE_ZONE);
    private volatile SlotService slots;

    @Override
    public String id() {
        return "appointments";
    }

    @Override
    public CitizenService service() {
        return CitizenService.APPOINTMENTS;
    }

    @Override
    public String displayName() {
        return "Appointments";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Slot.class);
    }

    @Override
    public void start(CapabilityContext context) {
        if (context.demoData()) {
            int seeded = DemoAppointmentBook.seedIfEmpty(context.entityManagerFactory(), practiceClock);
            if (seeded > 0) {
                LOG.info("Seeded {} demo appointment slots", seeded);
            }
        }
        slots = new JpaSlotService(context.entityManagerFactory(), practiceClock);
    }

    @Override
    public void stop() {
        slots = null;
    }

    @Override
    public List<ApiRoute> apiRoutes() {
        return new AppointmentSlotsApi(() -> slots, practiceClock).routes();
    }

    @Override
    public List<ViewContribution> views() {
        return List.of(ViewContribution.citizen("appointments", FreeSlotsView.class, "Appointments", 10,
                () -> new FreeSlotsView(slots, practiceClock)));
    }
}
