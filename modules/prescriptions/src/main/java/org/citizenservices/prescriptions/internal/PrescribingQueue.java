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
 * audited against the patient.
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
        long patientId = move(staff, requestId, RequestStatus.FORWARDED_FOR_SIGNING, null);
        access.auditPatient(patientId, "PRESCRIPTION_FORWARDED_FOR_SIGNING", "request " + requestId);
    }

    /** A prescriber issues a forwarded request: each course's last issue becomes today. */
    public void issue(long requestId) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        long patientId = move(staff, requestId, RequestStatus.ISSUED, null);
        access.auditPatient(patientId, "PRESCRIPTION_ISSUED", "request " + requestId);
    }

    /** Rejects a request, with the reason the patient will read. */
    public void reject(long requestId, String reason) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        String why = Texts.required(reason, 500, "The reason");
        long patientId = move(staff, requestId, RequestStatus.REJECTED, why);
        access.auditPatient(patientId, "PRESCRIPTION_REJECTED", "request " + requestId);
    }

    /** Moves one of the practice's requests, locked against a parallel move; returns its patient for the audit. */
    private long move(CurrentStaff staff, long requestId, RequestStatus to, String comment) {
        return UnitsOfWork.write(factory, em -> {
            PrescriptionRequest request = em.find(PrescriptionRequest.class, requestId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (request == null || !request.practiceOds().equals(staff.odsCode())) {
                throw new PrescriptionRefused(PrescriptionRefused.Reason.NOT_FOUND, "There is no such request.");
            }
            PrescriptionRequests.move(em, request, to, comment, staff.displayName(), LocalDateTime.now(clock));
            return request.patientId();
        });
    }
}
