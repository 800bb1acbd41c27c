package org.citizenservices.prescriptions.internal;

import jakarta.persistence.EntityManager;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests as the citizen and the practice both read and move them: their lines and courses, which courses have a
 * request outstanding, and the status moves with what follows from them. Runs inside the caller's transaction; the
 * caller has asked {@code ServiceAccess} and audits.
 */
final class PrescriptionRequests {

    private PrescriptionRequests() {
    }

    /** A new request's first step; call once it has its id. */
    static void started(EntityManager em, PrescriptionRequest request) {
        em.persist(new RequestProgress(request.id(), RequestStatus.REQUESTED, request.requestedAt(),
                request.requestedBy(), null));
    }

    /**
     * Moves a request on, noting the step; once it is no longer outstanding its courses may be requested again.
     *
     * @param pharmacy where it went, for the pharmacy's steps; else null
     */
    static void move(EntityManager em, PrescriptionRequest request, RequestStatus to, String comment, String by,
                     LocalDateTime now, String pharmacy) {
        request.move(to, comment, now, by);
        em.persist(new RequestProgress(request.id(), to, now, by, to.atPharmacy() ? pharmacy : null));
        if (!to.outstanding()) {
            em.createNativeQuery("UPDATE REQUEST_LINE SET OPEN_COURSE_ID = NULL WHERE REQUEST_ID = ?")
                    .setParameter(1, request.id()).executeUpdate();
        }
        if (to == RequestStatus.ISSUED) {
            for (RequestLine line : lines(em, List.of(request.id()))) {
                Course course = em.find(Course.class, line.courseId());
                course.issued(now.toLocalDate());
            }
        }
    }

    /** For each course with an outstanding request, that request. */
    static Map<Long, OpenRequest> openRequests(EntityManager em, List<Long> courseIds) {
        Map<Long, OpenRequest> open = new HashMap<>();
        if (courseIds.isEmpty()) {
            return open;
        }
        em.createQuery("select l.courseId, r.id, r.requestedAt from RequestLine l, PrescriptionRequest r"
                        + " where l.openCourseId in :ids and r.id = l.requestId", Object[].class)
                .setParameter("ids", courseIds).getResultList()
                .forEach(row -> open.put((Long) row[0], new OpenRequest((Long) row[1],
                        ((java.time.LocalDateTime) row[2]).toLocalDate())));
        return open;
    }

    /** A request still with the practice for a course, and the day it was made. */
    record OpenRequest(long requestId, java.time.LocalDate requestedOn) {
    }

    /** The requests with their medicines and progress, in the order given. */
    static List<RequestView> views(EntityManager em, List<PrescriptionRequest> requests) {
        List<Long> ids = requests.stream().map(PrescriptionRequest::id).toList();
        List<RequestLine> lines = lines(em, ids);
        Map<Long, Course> courses = new HashMap<>();
        if (!lines.isEmpty()) {
            em.createQuery("select c from Course c where c.id in :ids", Course.class)
                    .setParameter("ids", lines.stream().map(RequestLine::courseId).distinct().toList())
                    .getResultList().forEach(c -> courses.put(c.id(), c));
        }
        Map<Long, List<Course>> byRequest = new HashMap<>();
        lines.forEach(l -> byRequest.computeIfAbsent(l.requestId(), id -> new ArrayList<>())
                .add(courses.get(l.courseId())));
        Map<Long, List<RequestView.Step>> progress = progress(em, ids);
        return requests.stream().map(r -> view(r, byRequest.getOrDefault(r.id(), List.of()),
                progress.getOrDefault(r.id(), List.of()))).toList();
    }

    static RequestView view(PrescriptionRequest r, List<Course> courses, List<RequestView.Step> progress) {
        return new RequestView(r.id(), r.patientId(), courses.stream()
                .map(c -> new RequestView.Line(c.id(), c.name())).toList(), r.comment(), r.status(),
                r.practiceComment(), r.requestedAt(), r.updatedAt(), r.requestedBy(), progress);
    }

    private static Map<Long, List<RequestView.Step>> progress(EntityManager em, List<Long> requestIds) {
        Map<Long, List<RequestView.Step>> byRequest = new HashMap<>();
        if (!requestIds.isEmpty()) {
            em.createQuery("select p from RequestProgress p where p.requestId in :ids order by p.changedAt, p.id",
                            RequestProgress.class).setParameter("ids", requestIds).getResultList()
                    .forEach(p -> byRequest.computeIfAbsent(p.requestId(), id -> new ArrayList<>()).add(p.step()));
        }
        return byRequest;
    }

    private static List<RequestLine> lines(EntityManager em, List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from RequestLine l where l.requestId in :ids", RequestLine.class)
                .setParameter("ids", requestIds).getResultList();
    }
}
