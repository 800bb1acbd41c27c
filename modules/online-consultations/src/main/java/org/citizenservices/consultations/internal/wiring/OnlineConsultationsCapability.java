package org.citizenservices.consultations.internal.wiring;

import org.citizenservices.consultations.internal.Availability;
import org.citizenservices.consultations.internal.BankHolidays;
import org.citizenservices.consultations.internal.BookingInvitations;
import org.citizenservices.consultations.internal.Consultation;
import org.citizenservices.consultations.internal.ConsultationPhoto;
import org.citizenservices.consultations.internal.ConsultationPhotos;
import org.citizenservices.consultations.internal.CoreHours;
import org.citizenservices.consultations.internal.DemoConsultations;
import org.citizenservices.consultations.internal.OnlineConsultations;
import org.citizenservices.consultations.internal.OptionalModules;
import org.citizenservices.consultations.internal.PracticeRedFlag;
import org.citizenservices.consultations.internal.PracticeRedFlags;
import org.citizenservices.consultations.internal.RedFlagScreen;
import org.citizenservices.consultations.internal.SafetyPause;
import org.citizenservices.consultations.internal.SafetyPauses;
import org.citizenservices.consultations.internal.TriageQueue;
import org.citizenservices.consultations.internal.api.ConsultationsApi;
import org.citizenservices.consultations.internal.ui.ConsultationSafetyView;
import org.citizenservices.consultations.internal.ui.OnlineConsultationView;
import org.citizenservices.consultations.internal.ui.TriageQueueView;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.NamedCapability;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.SupplierNotice;
import org.citizenservices.spi.ViewContribution;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Online consultations: admin and medical requests behind a red-flag screen, open through core hours, triaged by the
 * practice to an outcome. Who the module is and what it adds to the portal, the patient API and the supplier's page.
 */
public final class OnlineConsultationsCapability extends NamedCapability {

    private volatile Clock clock = PracticeTime.clock();
    private final OptionalModules modules;
    private final RedFlagScreen screen = RedFlagScreen.national();
    private final CoreHours hours = new CoreHours(BankHolidays.englandAndWales());
    private volatile Services services;

    /** What the module runs while started; gone again when stopped. */
    private record Services(OnlineConsultations citizen, BookingInvitations invitations, TriageQueue queue,
                            SafetyPauses pauses, PracticeRedFlags redFlags, ConsultationPhotos photos) {
    }

    /** A capability without other modules: its unit tests' way of naming its entities. */
    public OnlineConsultationsCapability() {
        this(OptionalModules.NONE);
    }

    OnlineConsultationsCapability(OptionalModules modules) {
        super("online-consultations", OnlineConsultations.SERVICE, "Online consultations",
                Consultation.class, SafetyPause.class, PracticeRedFlag.class, ConsultationPhoto.class);
        this.modules = modules;
    }

    @Override
    public void start(CapabilityContext context) {
        clock = PracticeTime.clock();
        var factory = context.entityManagerFactory();
        var access = context.serviceAccess();
        if (context.demoData()) {
            DemoConsultations.seedIfEmpty(factory, context::demoPatientId, LocalDateTime.now(clock), screen, hours);
            context.offerInDemo(Set.of(DemoConsultations.SAM_NHS));
        }
        SafetyPauses pauses = new SafetyPauses(factory, access, clock);
        PracticeRedFlags redFlags = new PracticeRedFlags(factory, access, clock);
        services = new Services(new OnlineConsultations(factory, access, clock, screen, redFlags,
                new Availability(hours, pauses), modules), new BookingInvitations(factory, access, clock, modules),
                new TriageQueue(factory, access, clock, modules), pauses, redFlags,
                new ConsultationPhotos(factory, access, context.uploads()));
    }

    @Override
    public void stop() {
        services = null;
    }

    @Override
    public List<ApiRoute> apiRoutes() {
        return new ConsultationsApi(() -> services.citizen(), () -> services.photos()).routes();
    }

    @Override
    public List<ViewContribution> views() {
        return List.of(
                ViewContribution.citizen("online-consultations", OnlineConsultationView.class, "Ask your GP", 35,
                        () -> new OnlineConsultationView(services.citizen(), services.invitations(),
                                services.photos())),
                ViewContribution.practice("practice/online-consultations", TriageQueueView.class,
                        "Online consultations", 35, Role.STAFF,
                        () -> new TriageQueueView(services.queue(), services.photos(), hours, clock)),
                ViewContribution.practice("practice/online-consultations-safety", ConsultationSafetyView.class,
                        "Online consultation safety", 36, Role.STAFF,
                        () -> new ConsultationSafetyView(services.pauses(), services.redFlags(), screen)));
    }

    @Override
    public List<SupplierNotice> supplierNotices() {
        Services running = services;
        return running == null ? List.of() : running.pauses().notices();
    }
}
