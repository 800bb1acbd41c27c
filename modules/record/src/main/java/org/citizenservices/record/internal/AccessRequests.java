package org.citizenservices.record.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.record.internal.AccessRequest.Status;
import org.citizenservices.record.internal.AccessRequest.Wants;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.RecordAccess;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Asking for more access to the record: the patient, or a proxy who uses View Record for them, asks to see older
 * entries or more detail, with a reason; the request waits in the practice's queue (one at a time per patient) until a
 * clinician approves it — choosing the level and start date, which the core then applies — or declines it with a
 * reason the patient reads. Every step is audited against the patient, and the answer is sent as a notice.
 */
public final class AccessRequests {

    /** The practice's target for answering, in days: said on the form, and each request's due date in the queue. */
    public static final int ANSWER_WITHIN_DAYS = 14;
    static final String ANSWERED = "Your GP practice has answered your request to see more of your record online."
            + " Sign in to read it.";

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public AccessRequests(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The citizen asks for the patient they act for.
     *
     * @param level the level wanted, for {@link Wants#MORE_DETAIL}; ignored for older entries
     * @throws IllegalArgumentException saying what is missing or already granted, or that a request is waiting
     */
    public AccessRequest ask(Wants wants, RecordAccessLevel level, String reason) {
        RecordAccess current = access.recordAccess();
        CurrentCitizen citizen = access.currentCitizen().orElseThrow();
        if (wants == null) {
            throw new IllegalArgumentException("Choose what you would like to see.");
        }
        String why = Texts.required(reason, 1000, "Your reason");
        RecordAccessLevel wanted = wants == Wants.MORE_DETAIL ? level : null;
        if (wants == Wants.MORE_DETAIL && (wanted == null || current.level().includes(wanted))) {
            throw new IllegalArgumentException("Choose a level above the one you have now.");
        }
        if (wants == Wants.OLDER_ENTRIES && current.from() == null) {
            throw new IllegalArgumentException("You can already see all of your record at your level: ask for more "
                    + "detail instead.");
        }
        long patientId = current.patientId();
        AccessRequest asked = UnitsOfWork.write(factory, em -> {
            boolean waiting = !em.createQuery("select r.id from AccessRequest r where r.patientId = :patient"
                            + " and r.status = :waiting", Long.class).setParameter("patient", patientId)
                    .setParameter("waiting", Status.WAITING).setMaxResults(1).getResultList().isEmpty();
            if (waiting) {
                throw new IllegalArgumentException("A request is already waiting for the practice to answer.");
            }
            AccessRequest request = new AccessRequest(citizen.odsCode(), patientId, citizen.displayName(),
                    citizen.accountId(), !citizen.actingFor().self(), wants, wanted, why, LocalDateTime.now(clock));
            em.persist(request);
            return request;
        });
        access.audit("RECORD_ACCESS_REQUESTED", wants.name() + (wanted == null ? "" : " " + wanted.name())
                + ", request " + asked.id());
        return asked;
    }

    /**
     * The requests for the patient the citizen acts for, newest first: for the patient, theirs and their proxies'; for a
     * proxy, only their own — a young person's reasons are not their parent's to read.
     */
    public List<AccessRequest> mine() {
        long patientId = access.recordAccess().patientId();
        CurrentCitizen citizen = access.currentCitizen().orElseThrow();
        boolean self = citizen.actingFor().self();
        return UnitsOfWork.read(factory, em -> em.createQuery("select r from AccessRequest r where r.patientId"
                        + " = :patient order by r.askedAt desc, r.id desc", AccessRequest.class)
                .setParameter("patient", patientId).getResultStream()
                .filter(r -> self || r.askedByAccount().equals(citizen.accountId())).limit(20).toList());
    }

    /** For a clinician: the practice's requests waiting for an answer, oldest first. */
    public List<AccessRequest> queue() {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        return UnitsOfWork.read(factory, em -> em.createQuery("select r from AccessRequest r where r.practiceOds"
                        + " = :ods and r.status = :waiting order by r.askedAt, r.id", AccessRequest.class)
                .setParameter("ods", staff.odsCode()).setParameter("waiting", Status.WAITING).getResultList());
    }

    /**
     * A clinician approves: the core sets the patient's level and start date ({@code from} null: the whole record at
     * that level), and the request is answered. A request already answered, or another practice's, is not found.
     */
    public void approve(long requestId, RecordAccessLevel level, LocalDate from, String note) {
        if (level == null) {
            throw new IllegalArgumentException("Choose the level to give.");
        }
        String text = Texts.optional(note, 1000, "The note for the patient");
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        // answered first, so two clinicians answering at once cannot both act; put back if the core refuses
        AccessRequest request = answer(requestId, staff, r -> r.approve(staff.displayName(), now(), level, from,
                text));
        try {
            access.setRecordAccess(request.patientId(), level, from);
        } catch (RuntimeException refused) {
            UnitsOfWork.write(factory, em -> {
                em.find(AccessRequest.class, requestId).reopen();
                return null;
            });
            throw refused;
        }
        access.auditPatient(request.patientId(), "RECORD_ACCESS_REQUEST_APPROVED", "request " + requestId + ": "
                + level.name() + (from == null ? "" : " from " + from));
        access.notifyPatient(request.patientId(), CitizenService.RECORD, ANSWERED);
    }

    /** A clinician declines, with the reason the patient reads. */
    public void decline(long requestId, String why) {
        String reason = Texts.required(why, 1000, "The reason");
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        AccessRequest request = answer(requestId, staff, r -> r.decline(staff.displayName(), now(), reason));
        access.auditPatient(request.patientId(), "RECORD_ACCESS_REQUEST_DECLINED", "request " + requestId);
        access.notifyPatient(request.patientId(), CitizenService.RECORD, ANSWERED);
    }

    private AccessRequest answer(long requestId, CurrentStaff staff, java.util.function.Consumer<AccessRequest> how) {
        return UnitsOfWork.write(factory, em -> {
            AccessRequest request = em.find(AccessRequest.class, requestId, jakarta.persistence.LockModeType
                    .PESSIMISTIC_WRITE);
            if (request == null || !request.practiceOds().equals(staff.odsCode())
                    || request.status() != Status.WAITING) {
                throw new RecordRefused(RecordRefused.Reason.NOT_FOUND, "There is no such request waiting.");
            }
            how.accept(request);
            return request;
        });
    }

    /** When a request asked on {@code askedAt} should be answered by. */
    public static LocalDate dueBy(LocalDateTime askedAt) {
        return askedAt.toLocalDate().plusDays(ANSWER_WITHIN_DAYS);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
