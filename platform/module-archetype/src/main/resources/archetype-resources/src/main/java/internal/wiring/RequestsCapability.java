package ${package}.internal.wiring;

import ${package}.internal.CitizenRequest;
import ${package}.internal.NewRequest;
import ${package}.internal.RequestList;
import ${package}.internal.RequestSummary;
import ${package}.internal.Requests;
import ${package}.internal.ui.CitizenRequestsView;
import ${package}.internal.ui.PracticeRequestsView;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ViewContribution;

import java.util.List;

/**
 * ${displayName}: patients (or their proxies) send the practice a request, the practice works through them. Who the
 * module is and what it adds to the portal and the patient API. It lives in {@code internal.wiring}, above the
 * domain ({@code internal}), the views ({@code internal.ui}) and the API, so arrows point one way.
 */
public final class RequestsCapability implements Capability {

    private volatile Requests requests;

    @Override
    public String id() {
        return "${capabilityId}";
    }

    @Override
    public CitizenService service() {
        return Requests.SERVICE;
    }

    @Override
    public String displayName() {
        return "${displayName}";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(CitizenRequest.class);
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
                ViewContribution.citizen("${capabilityId}", CitizenRequestsView.class, "${displayName}", 80,
                        () -> new CitizenRequestsView(requests)),
                ViewContribution.practice("practice/${capabilityId}", PracticeRequestsView.class,
                        "${displayName} requests", 80, Role.STAFF, () -> new PracticeRequestsView(requests)));
    }

    @Override
    public List<ApiRoute> apiRoutes() {
        return List.of(
                ApiRoute.get("${capabilityId}-requests", "The patient's ${displayName} requests, newest first",
                        "${serviceKey}_REQUESTS_VIEWED", RequestList.class,
                        request -> new RequestList(requests.mine())),
                ApiRoute.post("${capabilityId}-requests", "Send the practice a ${displayName} request",
                        "${serviceKey}_REQUEST_SENT", NewRequest.class, RequestSummary.class,
                        request -> {
                            try {
                                return requests.send(request.body(NewRequest.class).details());
                            } catch (IllegalArgumentException refused) {
                                throw ApiProblem.unprocessable(refused.getMessage());
                            }
                        }));
    }
}
