package org.citizenservices.prescriptions.internal;

import org.citizenservices.spi.Texts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Prescription Ordering (E00327, E00328/E00330): a citizen — for themself, or as a proxy with PRESCRIPTIONS
 * registered — lists the patient's repeat medicines, requests some with a comment, follows and cancels requests and
 * chooses the EPS nominated pharmacy; the practice works its prescribing queue. Every citizen operation starts from
 * the host's {@code require(PRESCRIPTIONS)}, every practice operation from {@code requireStaff}; every step is
 * audited.
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

    // ---- citizens ----------------------------------------------------------------------------------------------

    /** The patient's current medicines, repeats first, each with whether it can be requested now. */
    public List<OrderableCourse> courses() {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        OrderingRules rules = rules();
        List<OrderableCourse> courses = read(em -> {
            List<Course> current = currentCourses(em, citizen.odsCode(), citizen.actingFor().patientId());
            Map<Long, Long> open = openRequests(em, current.stream().map(Course::id).toList());
            return current.stream().map(c -> orderable(c, rules, open.get(c.id()))).toList();
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
        long patientId = citizen.actingFor().patientId();
        String by = citizen.actingFor().self() ? citizen.displayName()
                : citizen.displayName() + " (" + citizen.actingFor().relationship().toLowerCase(Locale.UK) + ")";
        RequestView made;
        try {
            made = write(em -> {
                List<Course> courses = new ArrayList<>();
                for (long id : wanted) {
                    Course course = em.find(Course.class, id);
                    if (course == null || course.patientId() != patientId
                            || !course.practiceOds().equals(citizen.odsCode())) {
                        throw new PrescriptionRefused(PrescriptionRefused.Reason.NOT_FOUND,
                                "There is no such medicine to request.");
                    }
                    courses.add(course);
                }
                Map<Long, Long> open = openRequests(em, List.copyOf(wanted));
                for (Course course : courses) {
                    Optional<String> refused = rules.refusal(course, false);
                    if (refused.isPresent()) {
                        throw new PrescriptionRefused(PrescriptionRefused.Reason.NOT_REQUESTABLE,
                                course.name() + ": " + refused.get());
                    }
                    if (open.containsKey(course.id())) {
                        throw new PrescriptionRefused(PrescriptionRefused.Reason.ALREADY_REQUESTED,
                                course.name() + " has already been requested; the practice is dealing with it.");
                    }
                }
                PrescriptionRequest request = new PrescriptionRequest(citizen.odsCode(), patientId, cleanComment,
                        now(), by, citizen.actingFor().self() ? "SELF" : "PROXY");
                em.persist(request);
                em.flush();
                for (Course course : courses) {
                    em.persist(new RequestLine(request.id(), course.id()));
                }
                // the unique open-course key is checked here, inside the transaction
                em.flush();
                return view(request, courses);
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
        List<RequestView> requests = read(em -> views(em, em.createQuery("select r from PrescriptionRequest r"
                        + " where r.patientId = :patient and r.practiceOds = :ods order by r.requestedAt desc, r.id desc",
                        PrescriptionRequest.class)
                .setParameter("patient", citizen.actingFor().patientId()).setParameter("ods", citizen.odsCode())
                .getResultList()));
        access.audit("PRESCRIPTION_REQUESTS_VIEWED", requests.size() + " requests");
        return requests;
    }

    /** Cancels one of the patient's requests while it is still {@code REQUESTED}. */
    public void cancel(long requestId) {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        String by = citizen.displayName();
        write(em -> {
            PrescriptionRequest request = em.find(PrescriptionRequest.class, requestId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (request == null || request.patientId() != citizen.actingFor().patientId()
                    || !request.practiceOds().equals(citizen.odsCode())) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.NOT_FOUND, "There is no such request.");
            }
            move(em, request, RequestStatus.CANCELLED, null, by);
            return null;
        });
        access.audit("PRESCRIPTION_REQUEST_CANCELLED", "request " + requestId);
    }

    /** The patient's EPS nominated pharmacy, if they have one. */
    public Optional<Pharmacy> nominatedPharmacy() {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        return nominated(citizen.actingFor().patientId());
    }

    /** Nominates a pharmacy of the directory for the patient's electronic prescriptions. */
    public Pharmacy nominate(String odsCode) {
        CurrentCitizen citizen = access.require(CitizenService.PRESCRIPTIONS);
        String code = Texts.required(odsCode, 10, "The pharmacy's ODS code").toUpperCase(Locale.ROOT);
        Pharmacy pharmacy = write(em -> {
            Pharmacy found = em.find(Pharmacy.class, code);
            if (found == null) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.UNKNOWN_PHARMACY,
                        "There is no pharmacy with the ODS code " + code + " in the directory.");
            }
            Nomination nomination = em.find(Nomination.class, citizen.actingFor().patientId());
            if (nomination == null) {
                nomination = new Nomination(citizen.actingFor().patientId(), citizen.odsCode());
                em.persist(nomination);
            }
            nomination.nominate(code, now(), citizen.displayName());
            return found;
        });
        access.audit("NOMINATED_PHARMACY_CHANGED", "pharmacy " + code);
        return pharmacy;
    }

    /** Pharmacies of the directory whose name, address, postcode or ODS code contains the words asked for. */
    public List<Pharmacy> searchPharmacies(String query) {
        access.require(CitizenService.PRESCRIPTIONS);
        return pharmacies(query);
    }

    // ---- the practice ------------------------------------------------------------------------------------------

    /** The prescribing queue: the practice's requests in these statuses, oldest first. */
    public List<RequestView> queue(Set<RequestStatus> statuses) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Set<RequestStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(RequestStatus.class)
                : statuses;
        return read(em -> views(em, em.createQuery("select r from PrescriptionRequest r where r.practiceOds = :ods"
                        + " and r.status in :statuses order by r.requestedAt, r.id", PrescriptionRequest.class)
                .setParameter("ods", staff.odsCode()).setParameter("statuses", wanted).setMaxResults(500)
                .getResultList()));
    }

    /** Passes a request to a prescriber for signing. */
    public void forward(long requestId) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        long patientId = practiceMove(staff, requestId, RequestStatus.FORWARDED_FOR_SIGNING, null);
        access.auditPatient(patientId, "PRESCRIPTION_FORWARDED_FOR_SIGNING", "request " + requestId);
    }

    /** A prescriber issues a forwarded request: each course's last issue becomes today. */
    public void issue(long requestId) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        long patientId = practiceMove(staff, requestId, RequestStatus.ISSUED, null);
        access.auditPatient(patientId, "PRESCRIPTION_ISSUED", "request " + requestId);
    }

    /** Rejects a request, with the reason the patient will read. */
    public void reject(long requestId, String reason) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        String why = Texts.required(reason, 500, "The reason");
        long patientId = practiceMove(staff, requestId, RequestStatus.REJECTED, why);
        access.auditPatient(patientId, "PRESCRIPTION_REJECTED", "request " + requestId);
    }

    /** For the practice: a patient's nominated pharmacy. */
    public Optional<Pharmacy> nominatedPharmacyOf(long patientId) {
        access.requireStaff(Role.STAFF);
        if (access.practicePatients(List.of(patientId)).isEmpty()) {
            throw new SecurityException("Not a patient of this practice.");
        }
        return nominated(patientId);
    }

    /** For the practice's queue: the nominated pharmacies of these patients of the practice, in one read. */
    public Map<Long, Pharmacy> nominatedPharmacies(Collection<Long> patientIds) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Map<Long, Pharmacy> nominated = new HashMap<>();
        if (patientIds.isEmpty()) {
            return nominated;
        }
        read(em -> {
            em.createQuery("select n.patientId, p from Nomination n, Pharmacy p where p.odsCode = n.pharmacyOds"
                            + " and n.practiceOds = :ods and n.patientId in :ids", Object[].class)
                    .setParameter("ods", staff.odsCode()).setParameter("ids", patientIds).getResultList()
                    .forEach(row -> nominated.put((Long) row[0], (Pharmacy) row[1]));
            return null;
        });
        return nominated;
    }

    // ---- the rules at work -------------------------------------------------------------------------------------

    private long practiceMove(CurrentStaff staff, long requestId, RequestStatus to, String comment) {
        return write(em -> {
            PrescriptionRequest request = em.find(PrescriptionRequest.class, requestId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (request == null || !request.practiceOds().equals(staff.odsCode())) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.NOT_FOUND, "There is no such request.");
            }
            move(em, request, to, comment, staff.displayName());
            return request.patientId();
        });
    }

    /** Moves a request on; once it is no longer outstanding its courses may be requested again. */
    private void move(EntityManager em, PrescriptionRequest request, RequestStatus to, String comment, String by) {
        request.move(to, comment, now(), by);
        if (!to.outstanding()) {
            em.createNativeQuery("UPDATE REQUEST_LINE SET OPEN_COURSE_ID = NULL WHERE REQUEST_ID = ?")
                    .setParameter(1, request.id()).executeUpdate();
        }
        if (to == RequestStatus.ISSUED) {
            for (RequestLine line : lines(em, List.of(request.id()))) {
                Course course = em.find(Course.class, line.courseId());
                course.issued(now().toLocalDate());
            }
        }
    }

    private OrderingRules rules() {
        return OrderingRules.from(access.practiceSetting(OrderingRules.ACUTE_ORDERABLE));
    }

    private static OrderableCourse orderable(Course c, OrderingRules rules, Long openRequest) {
        Optional<String> refused = rules.refusal(c, openRequest != null);
        return new OrderableCourse(c.id(), c.name(), c.strength(), c.form(), c.dosage(), c.quantity(), c.type(),
                c.durationDays(), c.lastIssued(), refused.isEmpty(), refused.orElse(null), openRequest);
    }

    private static List<Course> currentCourses(EntityManager em, String ods, long patientId) {
        return em.createQuery("select c from Course c where c.patientId = :patient and c.practiceOds = :ods"
                        + " and c.active = true order by c.type desc, c.name", Course.class)
                .setParameter("patient", patientId).setParameter("ods", ods).getResultList();
    }

    /** For each course with an outstanding request, that request. */
    private static Map<Long, Long> openRequests(EntityManager em, List<Long> courseIds) {
        Map<Long, Long> open = new HashMap<>();
        if (courseIds.isEmpty()) {
            return open;
        }
        em.createQuery("select l from RequestLine l where l.openCourseId in :ids", RequestLine.class)
                .setParameter("ids", courseIds).getResultList()
                .forEach(l -> open.put(l.courseId(), l.requestId()));
        return open;
    }

    private static List<RequestLine> lines(EntityManager em, List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from RequestLine l where l.requestId in :ids", RequestLine.class)
                .setParameter("ids", requestIds).getResultList();
    }

    private static List<RequestView> views(EntityManager em, List<PrescriptionRequest> requests) {
        List<RequestLine> lines = lines(em, requests.stream().map(PrescriptionRequest::id).toList());
        Map<Long, Course> courses = new HashMap<>();
        if (!lines.isEmpty()) {
            em.createQuery("select c from Course c where c.id in :ids", Course.class)
                    .setParameter("ids", lines.stream().map(RequestLine::courseId).distinct().toList())
                    .getResultList().forEach(c -> courses.put(c.id(), c));
        }
        Map<Long, List<Course>> byRequest = new HashMap<>();
        lines.forEach(l -> byRequest.computeIfAbsent(l.requestId(), id -> new ArrayList<>())
                .add(courses.get(l.courseId())));
        return requests.stream().map(r -> view(r, byRequest.getOrDefault(r.id(), List.of()))).toList();
    }

    private static RequestView view(PrescriptionRequest r, List<Course> courses) {
        return new RequestView(r.id(), r.patientId(), courses.stream()
                .map(c -> new RequestView.Line(c.id(), c.name())).toList(), r.comment(), r.status(),
                r.practiceComment(), r.requestedAt(), r.updatedAt(), r.requestedBy());
    }

    private Optional<Pharmacy> nominated(long patientId) {
        return Optional.ofNullable(read(em -> {
            Nomination nomination = em.find(Nomination.class, patientId);
            return nomination == null ? null : em.find(Pharmacy.class, nomination.pharmacyOds());
        }));
    }

    private List<Pharmacy> pharmacies(String query) {
        String words = Texts.optional(query, 60, "The search");
        if (words == null || words.length() < 2) {
            throw new IllegalArgumentException("Type at least two letters of the pharmacy's name, street, town or"
                    + " postcode.");
        }
        String like = "%" + words.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return read(em -> em.createQuery("select p from Pharmacy p where upper(p.name) like :q"
                        + " or upper(p.address) like :q or upper(p.postcode) like :q or upper(p.odsCode) like :q"
                        + " order by p.name", Pharmacy.class)
                .setParameter("q", like).setMaxResults(50).getResultList());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
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

    private <T> T read(Function<EntityManager, T> work) {
        return UnitsOfWork.read(factory, work);
    }

    private <T> T write(Function<EntityManager, T> work) {
        return UnitsOfWork.write(factory, work);
    }
}
