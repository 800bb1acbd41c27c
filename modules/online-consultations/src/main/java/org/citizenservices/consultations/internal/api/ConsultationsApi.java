package org.citizenservices.consultations.internal.api;

import org.citizenservices.consultations.internal.ConsultationForm;
import org.citizenservices.consultations.internal.ConsultationSummary;
import org.citizenservices.consultations.internal.Consultations;
import org.citizenservices.consultations.internal.NewConsultation;
import org.citizenservices.consultations.internal.OnlineConsultations;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiRoute;

import java.util.List;
import java.util.function.Supplier;

/**
 * The online consultation routes of the patient API: the form (with the red-flag questions), sending a request and
 * the patient's requests. The host authenticates, checks ONLINE_CONSULTATIONS and audits the call.
 */
public final class ConsultationsApi {

    private final Supplier<OnlineConsultations> consultations;

    /** {@code consultations} answers the running service, or null once the module has stopped. */
    public ConsultationsApi(Supplier<OnlineConsultations> consultations) {
        this.consultations = consultations;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("online-consultations/form", "What the online consultation form offers now: whether"
                                + " the practice is open, the admin request types and the red-flag questions to ask"
                                + " first", "ONLINE_CONSULTATION_FORM_VIEWED", ConsultationForm.class,
                        request -> consultations.get().form()).named("getOnlineConsultationForm"),
                ApiRoute.post("online-consultations", "Send the practice an admin or medical request, after"
                                + " every red-flag question is answered no", "ONLINE_CONSULTATION_SENT",
                        NewConsultation.class, ConsultationSummary.class,
                        request -> ApiProblem.answering(() -> consultations.get()
                                .submit(request.body(NewConsultation.class))))
                        .named("sendOnlineConsultation")
                        .answers(422, "A red-flag question was answered yes: the detail gives the urgent-care"
                                + " advice (999, NHS 111) and nothing is stored")
                        .answers(409, "The practice is not taking online requests now: the detail says when it"
                                + " opens"),
                ApiRoute.get("online-consultations", "The patient's online consultations, newest first, with their"
                                + " status and the practice's outcome", "ONLINE_CONSULTATIONS_VIEWED",
                        Consultations.class, request -> new Consultations(consultations.get().mine()))
                        .named("listOnlineConsultations"));
    }
}
