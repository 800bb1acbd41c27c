package org.citizenservices.consultations.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.UnitsOfWork;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;

/** The demo practice's one earlier request: Jane Demo asked for a fit note, and reception replied. */
public final class DemoConsultations {

    static final String PRACTICE = "Y99999";
    static final String JANE_NHS = "9990000018";
    /** Jane's son, whose proxy association the demo's offer extends to this service. */
    public static final String SAM_NHS = "9990000026";

    private DemoConsultations() {
    }

    public static int seedIfEmpty(EntityManagerFactory factory, Function<String, Optional<Long>> patientIds,
                                  LocalDateTime now, RedFlagScreen screen, CoreHours hours) {
        return UnitsOfWork.write(factory, em -> {
            if (em.createQuery("SELECT COUNT(c) FROM Consultation c", Long.class).getSingleResult() > 0) {
                return 0;
            }
            return patientIds.apply(JANE_NHS).map(jane -> {
                LocalDateTime sent = hours.nextOpening(now.minusDays(7).withHour(9).withMinute(12));
                Consultation fitNote = new Consultation(PRACTICE, jane, new CheckedRequest(ConsultationKind.ADMIN,
                        AdminType.FIT_NOTE, "I was off work with flu from Monday to Friday last week and my employer"
                        + " needs a fit note.", null, null, "A fit note for those five days, by e-mail if possible."),
                        screen.version(), "Jane Demo", "DEMO100001", sent, hours.dueBy(sent));
                em.persist(fitNote);
                fitNote.assign("Reception");
                fitNote.complete(OutcomeKind.REPLY, "Dr Patel has written your fit note. We have e-mailed it to"
                        + " you; you can also collect a printed copy from reception.", "Sarah Reception",
                        sent.plusHours(5));
                return 1;
            }).orElse(0);
        });
    }
}
