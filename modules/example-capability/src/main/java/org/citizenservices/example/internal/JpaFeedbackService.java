package org.citizenservices.example.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.Texts;
import org.citizenservices.spi.UnitsOfWork;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FeedbackService} on the capability's persistence unit. The checks a module must never skip are the first
 * line of each method: {@link ServiceAccess#require} for a citizen, {@link ServiceAccess#requireStaff} for the
 * practice — and every query is narrowed to the caller's practice, since one installation serves many practices.
 */
public final class JpaFeedbackService implements FeedbackService {

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;

    public JpaFeedbackService(EntityManagerFactory factory, ServiceAccess access, Clock clock) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public FeedbackEntry submit(Rating rating, String comment) {
        CurrentCitizen citizen = access.require(FEEDBACK);
        if (rating == null) {
            throw new IllegalArgumentException("Choose how your experience was.");
        }
        String text = Texts.optional(comment, MAX_COMMENT, "Your comment");
        FeedbackEntry sent = UnitsOfWork.write(factory, em -> {
            FeedbackResponse response = new FeedbackResponse(citizen.odsCode(), rating, text, clock.instant());
            em.persist(response);
            em.flush();
            return response.toEntry();
        });
        // the audit says that an answer was sent, never what it said
        access.audit("FEEDBACK_SENT", "response " + sent.id());
        return sent;
    }

    @Override
    public Map<Rating, Long> countsByRating() {
        String practice = access.requireStaff(Role.PRACTICE_ADMIN).odsCode();
        Map<Rating, Long> counts = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            counts.put(rating, 0L);
        }
        UnitsOfWork.read(factory, em -> em.createQuery("select r.rating, count(r) from FeedbackResponse r"
                        + " where r.practiceOds = :practice group by r.rating", Object[].class)
                .setParameter("practice", practice)
                .getResultList())
                .forEach(row -> counts.put((Rating) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<FeedbackEntry> latest(int limit) {
        String practice = access.requireStaff(Role.PRACTICE_ADMIN).odsCode();
        return UnitsOfWork.read(factory, em -> em.createQuery("select r from FeedbackResponse r"
                        + " where r.practiceOds = :practice order by r.submittedAt desc, r.id desc",
                        FeedbackResponse.class)
                .setParameter("practice", practice)
                .setMaxResults(limit)
                .getResultList().stream().map(FeedbackResponse::toEntry).toList());
    }
}
