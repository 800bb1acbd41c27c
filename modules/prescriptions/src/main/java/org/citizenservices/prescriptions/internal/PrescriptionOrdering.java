package org.citizenservices.prescriptions.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prescription Ordering (E00327): a citizen — for themself, or as a proxy with PRESCRIPTIONS registered — lists the
 * patient's repeat medicines, requests some with a comment (only those with no request outstanding), and follows and
 * cancels requests. Every operation starts from the host's {@code require(PRESCRIPTIONS)}, stays inside the practice
 * of that patient, and is audited. The practice's side is the {@link PrescribingQueue}; the pharmacy the
 * {@link PharmacyNomination}.
 */
public final class PrescriptionOrdering {

    /** The most medicines one request may ask for. */
    public static final int MAX_COURSES = 10;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public PrescriptionOrdering(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    /** The patient's current medicines, repeats first, each with whether it can be requested now. */
    public List<OrderableCourse> courses() {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        OrderingRules rules = rules();
        List<OrderableCourse> courses = UnitsOfWork.read(factory, em -> {
            List<Course> current = currentCourses(em, citizen.odsCode(), citizen.actingFor().patientId());
            Map<Long, PrescriptionRequests.OpenRequest> open = PrescriptionRequests.openRequests(em,
                    current.stream().map(Course::id).toList());
            return current.stream().map(c -> orderable(c, rules, open.get(c.id()), today())).toList();
        });
        access.audit("MEDICATIONS_VIEWED", courses.size() + " courses");
        return courses;
    }

    /** Requests the courses, with an optional comment for the practice; every course must be requestable now. */
    public RequestView request(Collection<Long> courseIds, String comment) {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        String cleanComment = Texts.optional(comment, 500, "The comment");
        Set<Long> wanted = new LinkedHashSet<>(courseIds == null ? List.of() : courseIds);
        if (wanted.isEmpty() || wanted.contains(null)) {
            throw new IllegalArgumentException("Choose at least one medicine.");
        }
        if (wanted.size() > MAX_COURSES) {
            throw new IllegalArgumentException("A request can ask for at most " + MAX_COURSES + " medicines.");
        }
        OrderingRules rules = rules();
        RequestView made;
        try {
            made = UnitsOfWork.write(factory, em -> {
                List<Course> courses = requestable(em, citizen, wanted, rules, today());
                PrescriptionRequest request = new PrescriptionRequest(citizen.odsCode(),
                        citizen.actingFor().patientId(), cleanComment, now(), requestedBy(citizen),
                        citizen.actingFor().self() ? "SELF" : "PROXY");
                em.persist(request);
                em.flush();
                for (Course course : courses) {
                    em.persist(new RequestLine(request.id(), course.id()));
                }
                PrescriptionRequests.started(em, request);
                // the unique open-course key is checked here, inside the transaction
                em.flush();
                return PrescriptionRequests.view(request, courses, List.of(new RequestView.Step(
                        RequestStatus.REQUESTED, request.requestedAt(), null)));
            });
        } catch (RuntimeException e) {
            if (duplicateKey(e)) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.ALREADY_REQUESTED,
                        "One of these medicines has just been requested; the practice is dealing with it.");
            }
            throw e;
        }
        access.audit("PRESCRIPTION_REQUESTED", "request " + made.requestId() + ", courses " + made.courseIds());
        return made;
    }

    /** The patient's requests, newest first: outstanding ones and earlier ones, with the practice's comments. */
    public List<RequestView> requests() {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        List<RequestView> requests = UnitsOfWork.read(factory, em -> PrescriptionRequests.views(em, em.createQuery(
                        "select r from PrescriptionRequest r where r.patientId = :patient and r.practiceOds = :ods"
                        + " order by r.requestedAt desc, r.id desc", PrescriptionRequest.class)
                .setParameter("patient", citizen.actingFor().patientId()).setParameter("ods", citizen.odsCode())
                .getResultList()));
        access.audit("PRESCRIPTION_REQUESTS_VIEWED", requests.size() + " requests");
        return requests;
    }

    /** Cancels one of the patient's requests while it is still {@code REQUESTED}. */
    public void cancel(long requestId) {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        String by = citizen.displayName();
        UnitsOfWork.write(factory, em -> {
            PrescriptionRequest request = em.find(PrescriptionRequest.class, requestId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (request == null || request.patientId() != citizen.actingFor().patientId()
                    || !request.practiceOds().equals(citizen.odsCode())) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.NOT_FOUND, "There is no such request.");
            }
            PrescriptionRequests.move(em, request, RequestStatus.CANCELLED, null, by, now(), null);
            return null;
        });
        access.audit("PRESCRIPTION_REQUEST_CANCELLED", "request " + requestId);
    }

    /** The wanted courses, each the patient's, requestable by the practice's rules and with no request outstanding. */
    private static List<Course> requestable(EntityManager em, CurrentCitizen citizen, Set<Long> wanted,
                                            OrderingRules rules, java.time.LocalDate today) {
        List<Course> courses = new ArrayList<>();
        for (long id : wanted) {
            Course course = em.find(Course.class, id);
            if (course == null || course.patientId() != citizen.actingFor().patientId()
                    || !course.practiceOds().equals(citizen.odsCode()) || course.restricted()) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.NOT_FOUND,
                        "There is no such medicine to request.");
            }
            courses.add(course);
        }
        Map<Long, PrescriptionRequests.OpenRequest> open = PrescriptionRequests.openRequests(em, List.copyOf(wanted));
        for (Course course : courses) {
            PrescriptionRequests.OpenRequest outstanding = open.get(course.id());
            Optional<OrderingRefusal.Because> refused = rules.refusal(course,
                    outstanding == null ? null : outstanding.requestedOn(), today);
            if (refused.isPresent()) {
                throw new PrescriptionRefused(refused.get().code() == OrderingRefusal.ALREADY_REQUESTED
                        ? PrescriptionRefused.Reason.ALREADY_REQUESTED : PrescriptionRefused.Reason.NOT_REQUESTABLE,
                        course.name() + ": " + refused.get().text());
            }
        }
        return courses;
    }

    private OrderingRules rules() {
        return OrderingRules.from(access::practiceSetting);
    }

    private static OrderableCourse orderable(Course c, OrderingRules rules, PrescriptionRequests.OpenRequest open,
                                             java.time.LocalDate today) {
        Optional<OrderingRefusal.Because> refused = rules.refusal(c, open == null ? null : open.requestedOn(), today);
        return new OrderableCourse(c.id(), c.name(), c.strength(), c.form(), c.dosage(), c.quantity(), c.type(),
                c.durationDays(), c.lastIssued(), refused.isEmpty(), refused.map(OrderingRefusal.Because::text)
                .orElse(null), refused.map(OrderingRefusal.Because::code).orElse(null),
                open == null ? null : open.requestId());
    }

    private static List<Course> currentCourses(EntityManager em, String ods, long patientId) {
        return em.createQuery("select c from Course c where c.patientId = :patient and c.practiceOds = :ods"
                        + " and c.active = true and c.restricted = false order by c.type desc, c.name", Course.class)
                .setParameter("patient", patientId).setParameter("ods", ods).getResultList();
    }

    /** Who asked, as the practice reads it: the citizen, and for a proxy their relationship to the patient. */
    private static String requestedBy(CurrentCitizen citizen) {
        return citizen.actingFor().self() ? citizen.displayName()
                : citizen.displayName() + " (" + citizen.actingFor().relationship().toLowerCase(Locale.UK) + ")";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    private static boolean duplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
