package org.citizenservices.example.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.ActingFor;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The module's rules, for the portal's views and the patient API alike. Every operation asks the host who is
 * calling first ({@link ServiceAccess}), so nothing depends on a view having checked.
 */
public final class Requests {

    /** The module's own citizen service; a practice switches it on under Practice services. */
    public static final CitizenService SERVICE = new CitizenService("TRAVEL_HEALTH");

    static final int MAX_DETAILS = 1000;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public Requests(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    /** The requests of the patient the citizen acts for, newest first. */
    public List<RequestSummary> mine() {
        long patientId = access.require(SERVICE).actingFor().patientId();
        List<RequestSummary> found = UnitsOfWork.read(factory, em -> em.createQuery(
                        "SELECT r FROM CitizenRequest r WHERE r.patientId = :patient "
                                + "ORDER BY r.receivedAt DESC, r.id DESC", CitizenRequest.class)
                .setParameter("patient", patientId)
                .getResultList().stream().map(CitizenRequest::summary).toList());
        access.audit("TRAVEL_HEALTH_REQUESTS_VIEWED", found.size() + " requests");
        return found;
    }

    /** Sends the practice a request for the patient the citizen acts for. */
    public RequestSummary send(String details) {
        CurrentCitizen citizen = access.require(SERVICE);
        String text = Texts.required(details, MAX_DETAILS, "Your request");
        ActingFor patient = citizen.actingFor();
        String sentBy = patient.self() ? citizen.displayName()
                : citizen.displayName() + " (" + patient.relationship().toLowerCase(Locale.ROOT) + ")";
        RequestSummary sent = UnitsOfWork.write(factory, em -> {
            CitizenRequest request = new CitizenRequest(patient.patientId(), text, sentBy, now());
            em.persist(request);
            em.flush();
            return request.summary();
        });
        // the audit says what happened, never what was written: the text may be clinical
        access.audit("TRAVEL_HEALTH_REQUEST_SENT", "request " + sent.id());
        return sent;
    }

    /** The practice's list: requests of the signed-in staff member's own patients, waiting ones first. */
    public List<PracticeRequest> practiceList() {
        access.requireStaff(Role.STAFF);
        List<CitizenRequest> all = UnitsOfWork.read(factory, em -> em.createQuery(
                "SELECT r FROM CitizenRequest r ORDER BY r.status DESC, r.receivedAt DESC, r.id DESC",
                CitizenRequest.class).getResultList());
        // one installation may serve several practices: the host names only this practice's patients
        Map<Long, PracticePatient> patients = access.practicePatients(
                all.stream().map(CitizenRequest::patientId).distinct().toList());
        return all.stream().filter(r -> patients.containsKey(r.patientId()))
                .map(r -> new PracticeRequest(r.summary(), patients.get(r.patientId()).displayName(),
                        patients.get(r.patientId()).nhsNumber()))
                .toList();
    }

    /** Marks a request of one of the practice's patients as dealt with; recorded in the patient's audit trail. */
    public RequestSummary markDone(long requestId) {
        access.requireStaff(Role.STAFF);
        CitizenRequest done = UnitsOfWork.write(factory, em -> {
            CitizenRequest request = ownPatientsRequest(em, requestId);
            if (request.status() == RequestStatus.RECEIVED) {
                request.markDone(now());
            }
            return request;
        });
        access.auditPatient(done.patientId(), "TRAVEL_HEALTH_REQUEST_DONE", "request " + requestId);
        return done.summary();
    }

    private CitizenRequest ownPatientsRequest(EntityManager em, long requestId) {
        CitizenRequest request = em.find(CitizenRequest.class, requestId);
        if (request == null || access.practicePatients(Set.of(request.patientId())).isEmpty()) {
            // the same answer whether it does not exist or belongs to another practice
            throw new IllegalArgumentException("There is no such request on your practice's list.");
        }
        return request;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
