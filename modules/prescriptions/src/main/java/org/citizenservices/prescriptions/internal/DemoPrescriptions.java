package org.citizenservices.prescriptions.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.UnitsOfWork;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The demo practice's medication courses and a local EPS pharmacy directory: Jane Demo's three repeats (the ones
 * her record shows), Arthur Elder's five repeats and a finished acute course, Sam's one repeat; fifty pharmacies
 * around Riverton with ODS codes F…, Jane nominating one of them.
 */
public final class DemoPrescriptions {

    static final String PRACTICE = "Y99999";
    static final String JANE_NHS = "9990000018";
    static final String SAM_NHS = "9990000026";
    static final String ARTHUR_NHS = "9990000042";
    static final String JANE_PHARMACY = "FRV01";

    private static final String[] NAMES = {"Riverton Pharmacy", "Boots", "Lloydspharmacy", "Well Pharmacy",
            "Willow Lane Chemist", "Mill Court Pharmacy", "Canal Street Pharmacy", "Station Road Chemist",
            "Orchard Way Pharmacy", "Market Square Pharmacy"};
    private static final String[] PLACES = {"Riverton", "Riverton", "Riverton", "Ashford Green", "Kingsbrook",
            "Lower Weston", "Hollybank"};
    private static final String[] STREETS = {"High Street", "Market Square", "Station Road", "Church Lane",
            "Mill Court", "Canal Street", "Willow Lane", "Orchard Way", "Bridge Street", "Victoria Road"};

    private DemoPrescriptions() {
    }

    /** Seeds when the directory is empty; returns how many courses were written. */
    public static int seedIfEmpty(EntityManagerFactory factory, Function<String, Optional<Long>> patientIds, LocalDate today) {
        return UnitsOfWork.write(factory, em -> {
            if (em.createQuery("select count(p) from Pharmacy p", Long.class).getSingleResult() > 0) {
                return 0;
            }
            for (int i = 0; i < 50; i++) {
                String name = NAMES[i % NAMES.length] + (i < NAMES.length ? "" : " — " + PLACES[i % PLACES.length]);
                String place = PLACES[i % PLACES.length];
                em.persist(new Pharmacy(String.format("FRV%02d", i + 1), name, (3 + i * 7 % 90) + " "
                        + STREETS[i % STREETS.length] + ", " + place, "RV" + (1 + i % 4) + " " + (1 + i % 9)
                        + (char) ('A' + i % 26) + (char) ('B' + i * 3 % 24), String.format("01632 96%04d", 2000 + i)));
            }
            int[] courses = {0};
            patientIds.apply(JANE_NHS).ifPresent(jane -> {
                courses[0] += 3;
                em.persist(repeat(jane, "Salbutamol 100micrograms/dose inhaler CFC free", "100micrograms/dose",
                        "pressurised inhaler", "Two puffs up to four times a day when required", "200 dose", 60,
                        today.minusDays(41)));
                em.persist(repeat(jane, "Clenil Modulite 100micrograms/dose inhaler", "100micrograms/dose",
                        "pressurised inhaler", "Two puffs twice a day", "200 dose", 50, today.minusDays(42)));
                em.persist(repeat(jane, "Ramipril 5mg capsules", "5mg", "capsule", "One capsule once a day",
                        "28 capsule", 28, today.minusDays(26)));
                Nomination nomination = new Nomination(jane, PRACTICE);
                nomination.nominate(JANE_PHARMACY, today.minusYears(1).atTime(10, 0), "Jane Demo");
                em.persist(nomination);
            });
            patientIds.apply(SAM_NHS).ifPresent(sam -> {
                courses[0] += 1;
                em.persist(repeat(sam, "Cetirizine 1mg/ml oral solution sugar free", "1mg/ml", "oral solution",
                        "5ml once a day", "150 ml", 30, today.minusDays(20)));
            });
            patientIds.apply(ARTHUR_NHS).ifPresent(arthur -> {
                courses[0] += 6;
                em.persist(repeat(arthur, "Amlodipine 5mg tablets", "5mg", "tablet", "One tablet once a day",
                        "28 tablet", 28, today.minusDays(25)));
                em.persist(repeat(arthur, "Atorvastatin 20mg tablets", "20mg", "tablet", "One tablet at night",
                        "28 tablet", 28, today.minusDays(25)));
                em.persist(repeat(arthur, "Metformin 500mg tablets", "500mg", "tablet", "One tablet twice a day with"
                        + " meals", "56 tablet", 28, today.minusDays(24)));
                Course omeprazole = repeat(arthur, "Omeprazole 20mg gastro-resistant capsules", "20mg",
                        "gastro-resistant capsule", "One capsule once a day before breakfast", "28 capsule", 28,
                        today.minusDays(30));
                // his GP wants to see him before issuing more: the page says "Review due"
                omeprazole.reviewDueFrom(today.minusDays(3));
                em.persist(omeprazole);
                em.persist(repeat(arthur, "Paracetamol 500mg tablets", "500mg", "tablet", "Two tablets up to four"
                        + " times a day when required", "100 tablet", 25, today.minusDays(50)));
                em.persist(new Course(PRACTICE, arthur, "Amoxicillin 500mg capsules", "500mg", "capsule",
                        "One capsule three times a day", "15 capsule", CourseType.ACUTE, 5, today.minusDays(90),
                        today.minusDays(90), "Dr Asha Patel"));
            });
            return courses[0];
        });
    }

    private static Course repeat(long patientId, String name, String strength, String form, String dosage,
                                 String quantity, int days, LocalDate lastIssued) {
        return new Course(PRACTICE, patientId, name, strength, form, dosage, quantity, CourseType.REPEAT, days,
                lastIssued.minusYears(2), lastIssued, "Dr Asha Patel");
    }
}
