package org.citizenservices.example.internal.wiring;

import org.citizenservices.example.internal.CitizenRequest;
import org.citizenservices.example.internal.NewRequest;
import org.citizenservices.example.internal.RequestList;
import org.citizenservices.example.internal.RequestSummary;
import org.citizenservices.example.internal.Requests;
import org.citizenservices.example.internal.ui.CitizenRequestsView;
import org.citizenservices.example.internal.ui.PracticeRequestsView;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.NamedCapability;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;

import java.util.List;

/**
 * Travel health: patients (or their proxies) send the practice a request, the practice works through them. Who the
 * module is and what it adds to the portal and the patient API. It lives in {@code internal.wiring}, above the
 * domain ({@code internal}), the views ({@code internal.ui}) and the API, so arrows point one way.
 */
public final class RequestsCapability extends NamedCapability {

    private volatile Requests requests;

    public RequestsCapability() {
        super("travel-health", Requests.SERVICE, "Travel health", CitizenRequest.class);
    }

    @Override
    public void start(CapabilityContext context) {
        requests = new Requests(context.entityManagerFactory(), context.serviceAccess(), PracticeTime.clock());
    }

    @Override
    public void stop() {
        requests = null;
    }

    @Override
    public List<ViewContribution> views() {
        return List.of(
                ViewContribution.citizen("travel-health", CitizenRequestsView.class, "Travel health", 80,
                        () -> new CitizenRequestsView(requests)),
                ViewContribution.practice("practice/travel-health", PracticeRequestsView.class,
                        "Travel health requests", 80, Role.STAFF, () -> new PracticeRequestsView(requests)));
    }

    @Override
    public List<ApiRoute> apiRoutes() {
        return List.of(
                ApiRoute.get("travel-health-requests", "The patient's Travel health requests, newest first",
                        "TRAVEL_HEALTH_REQUESTS_VIEWED", RequestList.class,
                        request -> new RequestList(requests.mine())).named("listTravelHealthRequests"),
                ApiRoute.post("travel-health-requests", "Send the practice a Travel health request",
                        "TRAVEL_HEALTH_REQUEST_SENT", NewRequest.class, RequestSummary.class,
                        request -> {
                            try {
                                return requests.send(request.body(NewRequest.class).details());
                            } catch (IllegalArgumentException refused) {
                                throw ApiProblem.unprocessable(refused.getMessage());
                            }
                        }).named("sendTravelHealthRequest").answers(422, "The details are empty"));
    }
}
