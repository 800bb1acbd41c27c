package org.citizenservices.consultations.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.PracticePatient;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practice's side: the triage queue of its own patients' requests, assigning, urgency and the outcome. Every step
 * is audited in the patient's trail; a medical request's outcome is a clinician's.
 */
public final class TriageQueue {

    static final int MAX_COMPLETED_SHOWN = 200;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;
    private final OptionalModules modules;

    public TriageQueue(EntityManagerFactory factory, ServiceAccess access, Clock clock, OptionalModules modules) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
        this.modules = modules;
    }

    /** The signed-in member of staff's practice's requests: urgent first, then the longest waiting. */
    public List<QueueItem> queue(QueueFilter filter) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean completed = filter == QueueFilter.COMPLETED;
        // the waiting ones all; of those dealt with, the latest (the patient's own page keeps every one)
        List<Consultation> found = UnitsOfWork.read(factory, em -> em.createQuery("SELECT c FROM Consultation c"
                        + " WHERE c.practiceOds = :ods AND c.status " + (completed ? "=" : "<>") + " :completed"
                        + (completed ? " ORDER BY c.outcomeAt DESC, c.id DESC" : " ORDER BY c.receivedAt, c.id"),
                        Consultation.class)
                .setParameter("ods", staff.odsCode()).setParameter("completed", ConsultationStatus.COMPLETED)
                .setMaxResults(completed ? MAX_COMPLETED_SHOWN : Integer.MAX_VALUE).getResultList());
        // one installation may serve several practices, and a patient may have left: the host names only its own
        Map<Long, PracticePatient> patients = access.practicePatients(
                found.stream().map(Consultation::patientId).distinct().toList());
        List<QueueItem> queue = found.stream().filter(c -> patients.containsKey(c.patientId()))
                .map(c -> item(c, patients.get(c.patientId()), now))
                .filter(item -> matches(filter, item))
                .sorted(completed ? Comparator.comparing((QueueItem i) -> i.request().outcomeAt()).reversed()
                        : Comparator.comparing((QueueItem i) -> i.urgency() != Urgency.URGENT)
                        .thenComparing(i -> i.request().receivedAt()))
                .toList();
        access.audit("ONLINE_CONSULTATION_QUEUE_VIEWED", filter.name() + ": " + queue.size() + " requests");
        return queue;
    }

    /** Assigns a request to a member of staff or a team; it is then in review. */
    public void assign(long consultationId, String to) {
        String who = Texts.required(to, 200, "Who it is assigned to");
        change(consultationId, "ONLINE_CONSULTATION_ASSIGNED", "assigned to " + who, c -> c.assign(who));
    }

    public void setUrgency(long consultationId, Urgency urgency) {
        if (urgency == null) {
            throw new IllegalArgumentException("Choose routine or urgent.");
        }
        change(consultationId, "ONLINE_CONSULTATION_URGENCY_SET", urgency.name(), c -> c.urgency(urgency));
    }

    /**
     * Records the outcome and tells the patient: a reply goes into the request's conversation when messaging holds
     * one, and the patient is notified (without the message) either way.
     */
    public void recordOutcome(long consultationId, OutcomeKind kind, String message) {
        if (kind == null) {
            throw new IllegalArgumentException("Choose the outcome.");
        }
        String text = Texts.required(message, Limits.OUTCOME, "The message to the patient");
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Consultation done = UnitsOfWork.write(factory, em -> {
            Consultation consultation = ownPracticesRequest(em, staff, consultationId);
            if (consultation.kind() == ConsultationKind.MEDICAL && !staff.has(Role.CLINICIAN)) {
                throw new SecurityException("A medical request's outcome is a clinician's decision.");
            }
            consultation.complete(kind, text, staff.displayName(), LocalDateTime.now(clock));
            return consultation;
        });
        access.auditPatient(done.patientId(), "ONLINE_CONSULTATION_OUTCOME", "request " + consultationId + ": "
                + kind.name());
        boolean replied = done.conversationId() != null && modules.conversations().map(conversations -> {
            try {
                conversations.sendToPatient(done.conversationId(), text);
                return true;
            } catch (RuntimeException conversationGone) {
                // the outcome stands and is shown with the request; the patient is told as without messaging
                return false;
            }
        }).orElse(false);
        if (!replied) {
            access.notifyCitizen(done.sentByAccount(), "Your GP practice has answered your online consultation."
                    + " Sign in to read it.");
        }
    }

    private void change(long consultationId, String action, String detail,
                        java.util.function.Consumer<Consultation> step) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Consultation changed = UnitsOfWork.write(factory, em -> {
            Consultation consultation = ownPracticesRequest(em, staff, consultationId);
            step.accept(consultation);
            return consultation;
        });
        access.auditPatient(changed.patientId(), action, "request " + consultationId + ", " + detail);
    }

    /**
     * The request if it is on the staff member's practice's queue (their practice's, for one of its patients), else
     * null: the one rule for every practice-side step, here and for its photo ({@link ConsultationPhotos}).
     */
    static Consultation onQueue(EntityManager em, ServiceAccess access, CurrentStaff staff, long consultationId) {
        Consultation consultation = em.find(Consultation.class, consultationId);
        return consultation == null || !consultation.practiceOds().equals(staff.odsCode())
                || access.practicePatients(Set.of(consultation.patientId())).isEmpty() ? null : consultation;
    }

    private Consultation ownPracticesRequest(EntityManager em, CurrentStaff staff, long consultationId) {
        Consultation consultation = onQueue(em, access, staff, consultationId);
        if (consultation == null) {
            // the same answer whether it does not exist or belongs to another practice
            throw new IllegalArgumentException("There is no such request on your practice's queue.");
        }
        if (consultation.status() == ConsultationStatus.COMPLETED) {
            throw new IllegalArgumentException("This request already has its outcome.");
        }
        return consultation;
    }

    private static QueueItem item(Consultation c, PracticePatient patient, LocalDateTime now) {
        boolean open = c.status() != ConsultationStatus.COMPLETED;
        return new QueueItem(c.summary(), patient.displayName(), patient.nhsNumber(), c.urgency(), c.assignedTo(),
                c.dueBy(), open && now.isAfter(c.dueBy()), c.conversationId() != null);
    }

    private static boolean matches(QueueFilter filter, QueueItem item) {
        ConsultationStatus status = item.request().status();
        return switch (filter) {
            case OPEN -> status != ConsultationStatus.COMPLETED;
            case NEW -> status == ConsultationStatus.RECEIVED;
            case ASSIGNED -> status == ConsultationStatus.IN_REVIEW;
            case URGENT -> status != ConsultationStatus.COMPLETED && item.urgency() == Urgency.URGENT;
            case OVERDUE -> item.overdue();
            case COMPLETED -> status == ConsultationStatus.COMPLETED;
        };
    }
}
