package org.citizenservices.consultations.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** A practice's own red-flag questions, asked after the national screen's; clinicians add and remove them. */
public final class PracticeRedFlags {

    private static final int MAX_PER_PRACTICE = 10;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public PracticeRedFlags(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    public List<RedFlagQuestion> questions(String practiceOds) {
        return UnitsOfWork.read(factory, em -> em.createQuery("SELECT f FROM PracticeRedFlag f WHERE"
                        + " f.practiceOds = :ods AND f.removedAt IS NULL ORDER BY f.addedAt, f.id", PracticeRedFlag.class)
                .setParameter("ods", practiceOds).getResultList().stream().map(PracticeRedFlag::asQuestion).toList());
    }

    /** The signed-in member of staff's practice's own questions. */
    public List<RedFlagQuestion> forStaff() {
        return questions(access.requireStaff(Role.STAFF).odsCode());
    }

    public RedFlagQuestion add(String question) {
        CurrentStaff clinician = access.requireStaff(Role.CLINICIAN);
        String text = Texts.required(question, Limits.QUESTION, "The question");
        if (questions(clinician.odsCode()).size() >= MAX_PER_PRACTICE) {
            throw new IllegalArgumentException("A practice may add at most " + MAX_PER_PRACTICE + " questions.");
        }
        RedFlagQuestion added = UnitsOfWork.write(factory, em -> {
            PracticeRedFlag flag = new PracticeRedFlag(clinician.odsCode(), text, clinician.displayName(),
                    LocalDateTime.now(clock));
            em.persist(flag);
            em.flush();
            return flag.asQuestion();
        });
        access.audit("ONLINE_CONSULTATIONS_RED_FLAG_ADDED", added.id());
        return added;
    }

    public void remove(String questionId) {
        CurrentStaff clinician = access.requireStaff(Role.CLINICIAN);
        long id = parse(questionId);
        UnitsOfWork.write(factory, em -> {
            PracticeRedFlag flag = em.find(PracticeRedFlag.class, id);
            if (flag == null || !flag.practiceOds().equals(clinician.odsCode())) {
                throw new IllegalArgumentException("There is no such question of your practice.");
            }
            flag.remove(LocalDateTime.now(clock));
            return null;
        });
        access.audit("ONLINE_CONSULTATIONS_RED_FLAG_REMOVED", questionId);
    }

    private static long parse(String questionId) {
        try {
            return Long.parseLong(questionId.substring(PracticeRedFlag.ID_PREFIX.length()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("There is no such question of your practice.");
        }
    }
}
