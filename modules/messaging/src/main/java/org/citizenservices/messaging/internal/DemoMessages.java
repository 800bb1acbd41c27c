package org.citizenservices.messaging.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.UnitsOfWork;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The demo practice's recipients (Reception, the Prescriptions team, Dr Asha Patel) and one earlier conversation of
 * Jane Demo's, answered by reception.
 */
public final class DemoMessages {

    static final String PRACTICE = "Y99999";
    static final String JANE_NHS = "9990000018";

    private DemoMessages() {
    }

    public static int seedIfEmpty(EntityManagerFactory factory, Function<String, Optional<Long>> patientIds,
                           LocalDateTime now) {
        return UnitsOfWork.write(factory, em -> {
            if (em.createQuery("select count(r) from Recipient r", Long.class).getSingleResult() > 0) {
                return 0;
            }
            // in the order citizens see them (EclipseLink does not keep the order of persists when it inserts)
            em.persist(new Recipient(PRACTICE, "Reception", "Appointments, forms, letters and anything else"));
            em.flush();
            em.persist(new Recipient(PRACTICE, "Prescriptions team", "Questions about your medicines and requests"));
            em.flush();
            em.persist(new Recipient(PRACTICE, "Dr Asha Patel", "Follow-up questions for your GP"));
            em.flush();
            int[] threads = {0};
            patientIds.apply(JANE_NHS).ifPresent(jane -> {
                LocalDateTime asked = now.minusDays(9).withHour(8).withMinute(40);
                MessageThread thread = new MessageThread(PRACTICE, jane, "Fit note for work", null, asked, "Jane Demo",
                        "DEMO100001");
                em.persist(thread);
                em.flush();
                em.persist(new Message(thread.id(), true, false, "Jane Demo", "Could I have a fit note for the"
                        + " week I was off with my chest infection? Thank you.", asked));
                Message answer = new Message(thread.id(), false, false, "Sarah Reception", "Dr Patel has written it;"
                        + " you can collect it from reception, or we can post it.", asked.plusDays(1));
                answer.read(asked.plusDays(1).plusHours(3));
                em.persist(answer);
                thread.messaged(asked.plusDays(1), ThreadStatus.CLOSED);
                threads[0]++;
            });
            return threads[0];
        });
    }
}
