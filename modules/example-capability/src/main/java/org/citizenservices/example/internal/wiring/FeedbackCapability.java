package org.citizenservices.example.internal.wiring;

import org.citizenservices.example.internal.FeedbackResponse;
import org.citizenservices.example.internal.FeedbackService;
import org.citizenservices.example.internal.JpaFeedbackService;
import org.citizenservices.example.internal.ui.FeedbackSummaryView;
import org.citizenservices.example.internal.ui.FeedbackView;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;

import java.time.Clock;
import java.util.List;

/**
 * The Friends and Family Test as a capability: patients say how their experience was, the practice sees the
 * results. It provides its own citizen service key, {@code FEEDBACK}, beside the four of the guidance.
 */
public final class FeedbackCapability implements Capability {

    private volatile FeedbackService service;

    @Override
    public String id() {
        return "feedback";
    }

    @Override
    public CitizenService service() {
        return FeedbackService.FEEDBACK;
    }

    @Override
    public String displayName() {
        return "Friends and Family Test";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(FeedbackResponse.class);
    }

    @Override
    public void start(CapabilityContext context) {
        service = new JpaFeedbackService(context.entityManagerFactory(), context.serviceAccess(),
                Clock.systemUTC());
    }

    @Override
    public void stop() {
        service = null;
    }

    @Override
    public List<ViewContribution> views() {
        return List.of(
                ViewContribution.citizen("feedback", FeedbackView.class, "Give feedback", 90,
                        () -> new FeedbackView(service)),
                ViewContribution.practice("practice/feedback", FeedbackSummaryView.class, "Feedback results", 90,
                        Role.PRACTICE_ADMIN, () -> new FeedbackSummaryView(service)));
    }
}
