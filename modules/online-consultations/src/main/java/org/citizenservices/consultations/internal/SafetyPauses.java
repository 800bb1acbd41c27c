package org.citizenservices.consultations.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.SupplierNotice;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The only way a practice closes its online consultations during core hours: a safety pause, recorded with its
 * reason and who made it, audited, and shown to the installation's supplier administrator until it is ended.
 */
public final class SafetyPauses {

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public SafetyPauses(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    /** The practice's pause in force, if any. */
    public Optional<SafetyPause> current(String practiceOds) {
        return UnitsOfWork.read(factory, em -> em.createQuery("SELECT p FROM SafetyPause p WHERE p.practiceOds = :ods"
                        + " AND p.endedAt IS NULL ORDER BY p.pausedAt DESC", SafetyPause.class)
                .setParameter("ods", practiceOds).setMaxResults(1).getResultStream().findFirst());
    }

    /** The signed-in practice's pause in force, for its pages. */
    public Optional<SafetyPause> currentForStaff() {
        return current(access.requireStaff(Role.STAFF).odsCode());
    }

    /** Pauses the practice's service for a safety reason; a practice administrator or a clinician only. */
    public SafetyPause pause(String reason) {
        CurrentStaff staff = safetyLead();
        String why = Texts.required(reason, Limits.PAUSE_REASON, "The safety reason");
        if (current(staff.odsCode()).isPresent()) {
            throw new IllegalArgumentException("Online consultations are already paused.");
        }
        SafetyPause pause = UnitsOfWork.write(factory, em -> {
            SafetyPause made = new SafetyPause(staff.odsCode(), why, staff.displayName(), LocalDateTime.now(clock));
            em.persist(made);
            return made;
        });
        access.audit("ONLINE_CONSULTATIONS_SAFETY_PAUSED", why);
        return pause;
    }

    /** Ends the practice's pause: requests are received again through core hours. */
    public void resume() {
        CurrentStaff staff = safetyLead();
        boolean ended = UnitsOfWork.write(factory, em -> {
            List<SafetyPause> open = em.createQuery("SELECT p FROM SafetyPause p WHERE p.practiceOds = :ods"
                    + " AND p.endedAt IS NULL", SafetyPause.class).setParameter("ods", staff.odsCode()).getResultList();
            open.forEach(p -> p.end(staff.displayName(), LocalDateTime.now(clock)));
            return !open.isEmpty();
        });
        if (!ended) {
            throw new IllegalArgumentException("Online consultations are not paused.");
        }
        access.audit("ONLINE_CONSULTATIONS_SAFETY_PAUSE_ENDED", "by " + staff.displayName());
    }

    /** Every pause in force, as the supplier sees them. */
    public List<SupplierNotice> notices() {
        return UnitsOfWork.read(factory, em -> em.createQuery("SELECT p FROM SafetyPause p WHERE p.endedAt IS NULL"
                        + " ORDER BY p.pausedAt", SafetyPause.class).getResultList()).stream()
                .map(p -> new SupplierNotice(p.practiceOds(), "Online consultations paused for safety by "
                        + p.pausedBy() + " at " + Formats.dateTime(p.pausedAt()) + ": " + p.reason(), p.pausedAt()))
                .toList();
    }

    private CurrentStaff safetyLead() {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        if (!staff.has(Role.PRACTICE_ADMIN) && !staff.has(Role.CLINICIAN)) {
            throw new SecurityException("Only a practice administrator or a clinician may pause or resume online"
                    + " consultations.");
        }
        return staff;
    }
}
