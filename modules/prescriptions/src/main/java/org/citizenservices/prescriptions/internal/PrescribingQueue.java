package org.citizenservices.prescriptions.internal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The practice's prescribing queue (E00328/E00330): requests land here; staff forward them for signing, a
 * prescriber issues or rejects them with a reason the patient reads. Every operation first asks the host's
 * {@link ServiceAccess} for staff (a clinician to issue or reject), stays inside that practice, and every move is
 * audited against the patient. A dispensing practice also records the pharmacy's progress of an approved request;
 * approval, rejection and the pharmacy's news are told to the patient ({@link ProgressNotices}).
 */
public final class PrescribingQueue {

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public PrescribingQueue(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    /** The practice's requests in these statuses, oldest first. */
    public List<RequestView> queue(Set<RequestStatus> statuses) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Set<RequestStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(RequestStatus.class)
                : statuses;
        return UnitsOfWork.read(factory, em -> PrescriptionRequests.views(em, em.createQuery(
                        "select r from PrescriptionRequest r where r.practiceOds = :ods"
                        + " and r.status in :statuses order by r.requestedAt, r.id", PrescriptionRequest.class)
                .setParameter("ods", staff.odsCode()).setParameter("statuses", wanted).setMaxResults(500)
                .getResultList()));
    }

    /** Passes a request to a prescriber for signing. */
    public void forward(long requestId) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        long patientId = move(staff, requestId, RequestStatus.FORWARDED_FOR_SIGNING, null).patientId();
        access.auditPatient(patientId, "PRESCRIPTION_FORWARDED_FOR_SIGNING", "request " + requestId);
    }

    /** A prescriber issues a forwarded request: each course's last issue becomes today. */
    public void issue(long requestId) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        long patientId = move(staff, requestId, RequestStatus.ISSUED, null).patientId();
        access.auditPatient(patientId, "PRESCRIPTION_ISSUED", "request " + requestId);
        ProgressNotices.tell(access, patientId, RequestStatus.ISSUED, null);
    }

    /**
     * The pharmacy's progress of an approved request, as the practice records it: ready to collect (at the patient's
     * nominated pharmacy), dispatched, collected or not dispensed.
     */
    public void pharmacyProgress(long requestId, RequestStatus reached) {
        if (reached == null || !reached.atPharmacy()) {
            throw new IllegalArgumentException("Choose ready to collect, dispatched, collected or not dispensed.");
        }
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Moved moved = move(staff, requestId, reached, null);
        access.auditPatient(moved.patientId(), "PRESCRIPTION_" + reached.name(), "request " + requestId);
        ProgressNotices.tell(access, moved.patientId(), reached, moved.pharmacy());
    }

    /** Rejects a request, with the reason the patient will read. */
    public void reject(long requestId, String reason) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        String why = Texts.required(reason, 500, "The reason");
        long patientId = move(staff, requestId, RequestStatus.REJECTED, why).patientId();
        access.auditPatient(patientId, "PRESCRIPTION_REJECTED", "request " + requestId);
        ProgressNotices.tell(access, patientId, RequestStatus.REJECTED, null);
    }

    /** A request moved: its patient, and the pharmacy its step names. */
    private record Moved(long patientId, String pharmacy) {
    }

    /** Moves one of the practice's requests, locked against a parallel move. */
    private Moved move(CurrentStaff staff, long requestId, RequestStatus to, String comment) {
        return UnitsOfWork.write(factory, em -> {
            PrescriptionRequest request = em.find(PrescriptionRequest.class, requestId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (request == null || !request.practiceOds().equals(staff.odsCode())) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.NOT_FOUND, "There is no such request.");
            }
            String pharmacy = to.atPharmacy() ? ProgressNotices.nominatedPharmacy(em, request.patientId()) : null;
            PrescriptionRequests.move(em, request, to, comment, staff.displayName(), LocalDateTime.now(clock),
                    pharmacy);
            return new Moved(request.patientId(), pharmacy);
        });
    }
}
