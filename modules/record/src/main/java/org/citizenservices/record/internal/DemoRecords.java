package org.citizenservices.record.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.UnitsOfWork;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The demo practice's records (fixed: acceptance checks rely on these entries). Jane Demo: asthma, hypertension,
 * a penicillin allergy, three repeat medicines, ten consultations with notes, blood results, a reviewed letter and
 * an unreviewed discharge summary — and two entries restricted from View Record: a past problem "Termination of
 * pregnancy" (2015) and a consultation "Domestic abuse concern" (2024). Sam Demo: immunisations and an allergy.
 * Arthur Elder: a long record (2 400 generated entries, {@link DemoLongRecord}) for performance.
 */
public final class DemoRecords {

    static final String PRACTICE = "Y99999";
    /** NHS England's switch-on of new-entry access for existing online accounts. */
    static final java.time.LocalDate NEW_ENTRIES_SINCE = java.time.LocalDate.of(2023, 10, 31);
    static final String JANE_NHS = "9990000018";
    static final String SAM_NHS = "9990000026";
    static final String ARTHUR_NHS = "9990000042";

    private static final Source PATEL = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel",
            "General Practitioner");
    private static final Source NURSE = new Source("Riverside Medical Practice", "Citizen Services", "Nurse Ben Okafor",
            "Practice Nurse");
    private static final Source HOSPITAL = new Source("Riverton General Hospital", "Hospital PAS", "Dr Lena Morris",
            "Consultant Physician");
    private static final Source LAB = new Source("Riverton Pathology Laboratory", "Pathology LIMS", "Biomedical Scientist",
            "Biomedical Scientist");

    private DemoRecords() {
    }

    /** Seeds the records when the module's tables are empty; returns how many entries were written. */
    public static int seedIfEmpty(EntityManagerFactory factory, Function<String, Optional<Long>> patientIds) {
        return UnitsOfWork.write(factory, em -> {
            long existing = em.createQuery("select count(e) from RecordEntry e", Long.class).getSingleResult();
            if (existing > 0) {
                return 0;
            }
            if (em.find(ProspectiveSwitch.class, PRACTICE) == null) {
                // the demo practice gave new-entry access when the national programme did
                em.persist(new ProspectiveSwitch(PRACTICE, NEW_ENTRIES_SINCE));
            }
            int[] written = {0};
            patientIds.apply(JANE_NHS).ifPresent(id -> written[0] += jane(em, id));
            patientIds.apply(SAM_NHS).ifPresent(id -> written[0] += sam(em, id));
            patientIds.apply(ARTHUR_NHS).ifPresent(id -> written[0] += DemoLongRecord.write(em, PRACTICE, id, PATEL,
                    NURSE, LAB));
            return written[0];
        });
    }

    private static RecordEntry add(EntityManager em, long patientId, NewEntry entry) {
        RecordEntry stored = new RecordEntry(PRACTICE, patientId, entry, entry.effectiveAt(), entry.source().user());
        em.persist(stored);
        return stored;
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    /** Jane's record, written in the order a practice would have built it up; returns how many entries. */
    private static int jane(EntityManager em, long jane) {
        JaneProblems problems = janeProblems(em, jane);
        int count = 7;
        Map<String, RecordEntry> seen = new HashMap<>();
        count += janeConsultations(em, jane, problems, seen);
        count += janeResults(em, jane, seen);
        return count + janeLetters(em, jane);
    }

    /** The two active problems that her medicines and consultations link to. */
    private record JaneProblems(RecordEntry asthma, RecordEntry hypertension) {
    }

    private static JaneProblems janeProblems(EntityManager em, long jane) {
        RecordEntry asthma = add(em, jane, NewEntry.coded(EntryType.ACTIVE_PROBLEM, "195967001", "Asthma",
                at(2002, 5, 14, 10), PATEL));
        em.flush();
        RecordEntry hypertension = add(em, jane, NewEntry.coded(EntryType.ACTIVE_PROBLEM, "59621000",
                "Essential hypertension", at(2019, 9, 3, 11), PATEL));
        em.flush();
        add(em, jane, NewEntry.coded(EntryType.PAST_PROBLEM, "386639001", "Termination of pregnancy",
                at(2015, 4, 20, 9), HOSPITAL).markedRestricted());
        add(em, jane, NewEntry.coded(EntryType.ALLERGY, "91936005", "Allergy to penicillin", at(2008, 7, 1, 15), PATEL)
                .withFreeText("Widespread urticarial rash within hours of amoxicillin, July 2008."));
        add(em, jane, NewEntry.medicine(EntryType.REPEAT_MEDICATION, "320176004",
                "Salbutamol 100micrograms/dose inhaler CFC free", at(2024, 1, 10, 9), PATEL,
                "Two puffs up to four times a day when required", "200 dose").linkedTo(asthma.id()));
        add(em, jane, NewEntry.medicine(EntryType.REPEAT_MEDICATION, "320311004",
                "Clenil Modulite 100micrograms/dose inhaler", at(2024, 1, 10, 9), PATEL,
                "Two puffs twice a day", "200 dose").linkedTo(asthma.id()));
        add(em, jane, NewEntry.medicine(EntryType.REPEAT_MEDICATION, "408051007", "Ramipril 5mg capsules",
                at(2019, 10, 1, 9), PATEL, "One capsule once a day", "28 capsule").linkedTo(hypertension.id()));
        return new JaneProblems(asthma, hypertension);
    }

    /** Ten years of consultations, and one restricted; {@code seen} collects them by date for later links. */
    private static int janeConsultations(EntityManager em, long jane, JaneProblems problems,
                                         Map<String, RecordEntry> seen) {
        String[][] consultations = {
                {"2017-03-02", "Asthma review", "Peak flow 410 L/min. Inhaler technique checked, good."},
                {"2018-11-20", "Chest infection", "Productive cough for 6 days, no fever. Advised fluids; review if worse."},
                {"2019-09-03", "Raised blood pressure", "Home readings average 152/94. Start ramipril, bloods in 2 weeks."},
                {"2020-02-11", "Blood pressure review", "BP 134/82 on ramipril 5mg. Continue."},
                {"2021-06-15", "Asthma review", "Well controlled. ACT score 22. No changes."},
                {"2022-10-04", "Low back pain", "Lifting injury at work. Advice on activity and simple analgesia."},
                {"2023-05-17", "Medication review", "All repeats reviewed with patient; no side effects reported."},
                {"2024-03-08", "Asthma review", "Night-time symptoms twice a week; inhaler technique reviewed."},
                {"2025-01-22", "Blood pressure review", "BP 128/80. Bloods normal. Continue ramipril."},
                {"2025-09-30", "Influenza vaccination clinic", "Seasonal influenza vaccine given, left deltoid."},
        };
        int count = 0;
        for (String[] c : consultations) {
            LocalDateTime when = LocalDate.parse(c[0]).atTime(10, 30);
            NewEntry entry = NewEntry.coded(EntryType.CONSULTATION, null, c[1], when, PATEL).withFreeText(c[2]);
            if (c[1].startsWith("Asthma")) {
                entry = entry.linkedTo(problems.asthma().id());
            } else if (c[1].startsWith("Blood pressure") || c[1].startsWith("Raised")) {
                entry = entry.linkedTo(problems.hypertension().id());
            }
            seen.put(c[0], add(em, jane, entry));
            count++;
        }
        em.flush();
        // what was coded in a consultation: the hypertension diagnosed at the first blood pressure visit
        problems.hypertension().recordIn(seen.get("2019-09-03").id());
        add(em, jane, NewEntry.coded(EntryType.CONSULTATION, null, "Domestic abuse concern", at(2024, 6, 12, 16), PATEL)
                .withFreeText("Disclosed controlling behaviour by partner. Safety plan discussed; details held by the"
                        + " practice safeguarding lead. Not to be shared online.").markedRestricted());
        return count + 1;
    }

    /** Blood results, the flu vaccination given at the clinic in {@code seen}, and an administrative note. */
    private static int janeResults(EntityManager em, long jane, Map<String, RecordEntry> seen) {
        int count = 0;
        String[][] results = {
                {"Haemoglobin concentration", "271026005", "132", "g/L", "115-165", "Full blood count"},
                {"Serum potassium level", "59573005", "4.2", "mmol/L", "3.5-5.3", "Urea and electrolytes"},
                {"Estimated glomerular filtration rate", "80274001", "88", "mL/min/1.73m2", ">60",
                        "Urea and electrolytes"},
                {"Serum total cholesterol level", "166832000", "4.9", "mmol/L", "<5.0", "Lipid profile"},
                {"Haemoglobin A1c level", "43396009", "36", "mmol/mol", "20-41", "HbA1c"},
        };
        for (String[] r : results) {
            add(em, jane, NewEntry.coded(EntryType.PATHOLOGY_RESULT, r[1], r[0], at(2025, 1, 15, 9), LAB)
                    .withResult(new TestResult(r[2], r[3], r[4], ResultFlag.NORMAL, "HbA1c".equals(r[5])
                            ? "Back to normal: no action needed." : null, r[5])))
                    .file(at(2025, 1, 16, 11), PATEL.user());
            count++;
        }
        // her HbA1c of the two years before, for its trend: the 2024 one above the range
        for (String[] earlier : new String[][]{{"2023", "39"}, {"2024", "44"}}) {
            int year = Integer.parseInt(earlier[0]);
            boolean raised = year == 2024;
            add(em, jane, NewEntry.coded(EntryType.PATHOLOGY_RESULT, "43396009", "Haemoglobin A1c level",
                    at(year, 1, 12, 9), LAB).withResult(new TestResult(earlier[1], "mmol/mol", "20-41",
                    raised ? ResultFlag.HIGH : ResultFlag.NORMAL, raised
                    ? "Slightly raised: please book a review with the practice nurse." : null, "HbA1c")))
                    .file(at(year, 1, 13, 11), PATEL.user());
            count++;
        }
        // back from the laboratory, not yet filed by a clinician: the practice sees it, Jane does not
        add(em, jane, NewEntry.coded(EntryType.PATHOLOGY_RESULT, "1031181000000107", "Serum vitamin D level",
                at(2025, 10, 28, 9), LAB).withResult(new TestResult("38", "nmol/L", "50-175", ResultFlag.LOW,
                "Low: we will send you a prescription for vitamin D.", null)));
        count++;
        add(em, jane, NewEntry.coded(EntryType.IMMUNISATION, "955691000000108", "Seasonal influenza vaccination",
                at(2025, 9, 30, 10), NURSE).recordedIn(seen.get("2025-09-30").id()));
        add(em, jane, NewEntry.coded(EntryType.ADMINISTRATIVE_NOTE, null, "Registered with Riverside Medical Practice",
                at(2020, 1, 6, 9), PATEL));
        return count + 2;
    }

    /** A reviewed letter and an unreviewed discharge summary, both PDFs. */
    private static int janeLetters(EntityManager em, long jane) {
        RecordEntry letter = add(em, jane, NewEntry.coded(EntryType.CLINICAL_DOCUMENT, null, "Blood test results letter",
                at(2025, 1, 20, 12), PATEL));
        attach(em, letter, DemoPdf.letter("Blood test results letter", List.of("Dear Mrs Demo,",
                "Your blood tests of 15 January 2025 are all within the normal range.",
                "Please continue your current medicines. No action is needed.", "Dr Asha Patel")));
        letter.review(at(2025, 1, 21, 9), "Dr Asha Patel");
        letter.annotate("Copy sent to the patient by post.");
        RecordEntry discharge = add(em, jane, NewEntry.coded(EntryType.CLINICAL_DOCUMENT, null,
                "Hospital discharge summary", at(2025, 11, 2, 14), HOSPITAL));
        attach(em, discharge, DemoPdf.letter("Hospital discharge summary", List.of("Admitted with an exacerbation of"
                + " asthma; nebulised salbutamol and oral prednisolone.", "Discharged well after 2 days.")));
        return 2;
    }

    private static void attach(EntityManager em, RecordEntry entry, byte[] pdf) {
        em.flush();
        entry.attach("application/pdf", pdf);
        em.persist(new DocumentContent(entry.id(), pdf));
    }

    private static int sam(EntityManager em, long sam) {
        add(em, sam, NewEntry.coded(EntryType.ALLERGY, "91935009", "Allergy to peanuts", at(2021, 8, 3, 11), PATEL));
        add(em, sam, NewEntry.coded(EntryType.IMMUNISATION, "1082441000000108",
                "Diphtheria, tetanus, pertussis, polio, Hib and hepatitis B vaccination", at(2019, 8, 2, 10), NURSE));
        add(em, sam, NewEntry.coded(EntryType.IMMUNISATION, "38598009", "Measles, mumps and rubella vaccination",
                at(2020, 6, 10, 10), NURSE));
        return 3;
    }
}
