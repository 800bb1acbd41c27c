package org.citizenservices.example.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@link FeedbackService} on the capability's persistence unit. */
final class JpaFeedbackService implements FeedbackService {

    private final EntityManagerFactory factory;
    private final Clock clock;

    JpaFeedbackService(EntityManagerFactory factory, Clock clock) {
        this.factory = factory;
        this.clock = clock;
    }

    @Override
    public FeedbackEntry submit(Rating rating, String comment) {
        if (rating == null) {
            throw new IllegalArgumentException("Choose how your experience was.");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("Your comment must be " + MAX_COMMENT + " characters or fewer.");
        }
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            FeedbackResponse response = new FeedbackResponse(rating, text, clock.instant());
            em.persist(response);
            em.getTransaction().commit();
            return response.toEntry();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public Map<Rating, Long> countsByRating() {
        EntityManager em = factory.createEntityManager();
        try {
            Map<Rating, Long> counts = new EnumMap<>(Rating.class);
            for (Rating rating : Rating.values()) {
                counts.put(rating, 0L);
            }
            em.createQuery("select r.rating, count(r) from FeedbackResponse r group by r.rating", Object[].class)
                    .getResultList()
                    .forEach(row -> counts.put((Rating) row[0], (Long) row[1]));
            return counts;
        } finally {
            em.close();
        }
    }

    @Override
    public List<FeedbackEntry> latest(int limit) {
        EntityManager em = factory.createEntityManager();
        try {
            return em.createQuery("select r from FeedbackResponse r order by r.submittedAt desc, r.id desc",
                            FeedbackResponse.class)
                    .setMaxResults(limit)
                    .getResultList().stream().map(FeedbackResponse::toEntry).toList();
        } finally {
            em.close();
        }
    }
}
