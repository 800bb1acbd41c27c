package org.citizenservices.consultations.internal.api;

import org.citizenservices.consultations.internal.ConsultationForm;
import org.citizenservices.consultations.internal.ConsultationSummary;
import org.citizenservices.consultations.internal.Consultations;
import org.citizenservices.consultations.internal.NewConsultation;
import org.citizenservices.consultations.internal.OnlineConsultations;
import org.citizenservices.consultations.internal.ConsultationPhotos;
import org.citizenservices.consultations.internal.PhotoFile;
import org.citizenservices.consultations.internal.PhotoInfo;
import org.citizenservices.spi.ApiFile;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.ApiRequest;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.ApiUpload;
import org.citizenservices.spi.HttpMethod;

import java.util.List;
import java.util.function.Supplier;

/**
 * The online consultation routes of the patient API: the form (with the red-flag questions), sending a request, its
 * optional photo and the patient's requests. The host authenticates, checks ONLINE_CONSULTATIONS and audits the call.
 */
public final class ConsultationsApi {

    private static final String NOT_FOUND = "There is no such online consultation.";

    private final Supplier<OnlineConsultations> consultations;
    private final Supplier<ConsultationPhotos> photos;

    /** The suppliers answer the running services, or null once the module has stopped. */
    public ConsultationsApi(Supplier<OnlineConsultations> consultations, Supplier<ConsultationPhotos> photos) {
        this.consultations = consultations;
        this.photos = photos;
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
                        .named("listOnlineConsultations"),
                new ApiRoute(HttpMethod.POST, "online-consultations/{requestId}/photo", "Add a photo (PNG or JPEG,"
                        + " at most 5 MiB unless the installation sets another limit; its type read from the file) to"
                        + " a medical request the practice has not started on yet", "ONLINE_CONSULTATION_PHOTO_SENT",
                        ApiUpload.class, PhotoInfo.class, 201, List.of(), this::attach).named("addOnlineConsultationPhoto")
                        .answers(404, "There is no such request of this patient")
                        .answers(409, "Not a medical request, it has its photo already, or the practice has started"
                                + " on it")
                        .answers(413, "The file is too large")
                        .answers(415, "Not a PNG or JPEG file"),
                ApiRoute.get("online-consultations/{requestId}/photo", "The photo sent with a request",
                        "ONLINE_CONSULTATION_PHOTO_OPENED", ApiFile.class, this::photo)
                        .named("getOnlineConsultationPhoto").answers(404, "No such request, or it has no photo"));
    }

    private PhotoInfo attach(ApiRequest request) {
        long id = request.pathId("requestId", NOT_FOUND);
        ApiUpload upload = request.upload();
        return ApiProblem.answering(() -> photos.get().attach(id, upload.content()));
    }

    private ApiFile photo(ApiRequest request) {
        long id = request.pathId("requestId", NOT_FOUND);
        PhotoFile file = ApiProblem.answering(() -> photos.get().photo(id));
        return new ApiFile(file.contentType(), file.fileName(), file.content());
    }
}
