package org.citizenservices.record.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The View Record rules through the module's services on a real Derby database, as a matrix over levels × sections
 * × restricted × reviewed × start date: what each reader is given is exactly what the rules allow, counted the same
 * way, with free text only at FULL; documents open only when shown; and the practice's changes (restrict, review,
 * review back to a date) take effect at once and are audited.
 */
class ViewRecordTest {

    static final long PATIENT = 1;
    static final long OTHER_PATIENT = 2;
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDateTime BEFORE = LocalDateTime.of(2023, 6, 1, 9, 0);
    static final LocalDateTime AFTER = LocalDateTime.of(2024, 6, 1, 9, 0);

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    static TestServiceAccess access;
    static ViewRecord viewRecord;
    static RecordKeeping keeping;
    static RecordReview review;
    /** term → the facts it was made with */
    static final Map<String, boolean[]> made = new HashMap<>();
    static final Map<String, RecordEntry> entries = new HashMap<>();

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        Clock clock = TestClock.FIXED;
        viewRecord = new ViewRecord(unit.get().entityManagerFactory(), access);
        keeping = new RecordKeeping(unit.get().entityManagerFactory(), access, clock,
                new TikaUploadPolicy(UploadLimits.defaults()));
        review = new RecordReview(unit.get().entityManagerFactory(), access, clock);
        access.configure(PATIENT, RecordAccessLevel.FULL, null);
        access.configure(OTHER_PATIENT, RecordAccessLevel.FULL, null);
        access.staff(Role.CLINICIAN);
        Source source = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP");
        for (EntryType type : EntryType.values()) {
            for (boolean restricted : new boolean[]{false, true}) {
                for (boolean reviewed : new boolean[]{false, true}) {
                    for (LocalDateTime at : new LocalDateTime[]{BEFORE, AFTER}) {
                        String term = type + " restricted=" + restricted + " reviewed=" + reviewed + " at=" + at;
                        RecordEntry entry = make(PATIENT, type, term, at, source);
                        if (restricted) {
                            review.restrict(entry.id(), "Safeguarding concern");
                        }
                        if (reviewed) {
                            review.setReviewed(entry.id(), true);
                        }
                        made.put(term, new boolean[]{restricted, reviewed, at == AFTER});
                        entries.put(term, entry);
                    }
                }
            }
        }
        make(OTHER_PATIENT, EntryType.CLINICAL_DOCUMENT, "Someone else's letter", AFTER, source);
    }

    static RecordEntry make(long patient, EntryType type, String term, LocalDateTime at, Source source) {
        NewEntry entry = switch (type.section()) {
            case MEDICATIONS -> NewEntry.medicine(type, null, term, at, source, "One a day", "28 tablet");
            case TEST_RESULTS -> NewEntry.coded(type, "271026005", term, at, source).result("132", "g/L", "115-165");
            default -> NewEntry.coded(type, null, term, at, source);
        };
        entry = entry.withFreeText("Notes on " + term);
        if (type.isDocument()) {
            return keeping.addDocument(patient, entry, ("Letter: " + term).getBytes(StandardCharsets.UTF_8));
        }
        return keeping.record(patient, entry);
    }

    static boolean expected(RecordAccessLevel level, LocalDate from, RecordSection section, boolean[] facts) {
        boolean restricted = facts[0];
        boolean reviewed = facts[1];
        boolean afterStart = facts[2];
        return level.includes(section.shownFrom()) && !restricted
                && (section != RecordSection.DOCUMENTS || reviewed)
                && (from == null || afterStart || reviewed);
    }

    @Test
    void theMatrix_throughTheService() {
        for (RecordAccessLevel level : RecordAccessLevel.values()) {
            for (LocalDate from : new LocalDate[]{null, START}) {
                access.configure(PATIENT, level, from);
                access.citizenFor(PATIENT, true);
                for (RecordSection section : RecordSection.values()) {
                    String where = level + " from " + from + " " + section;
                    if (!level.includes(section.shownFrom())) {
                        assertThatThrownBy(() -> viewRecord.page(section, RecordSort.DATE, 0, 500)).as(where)
                                .isInstanceOf(RecordRefused.class)
                                .extracting(e -> ((RecordRefused) e).reason())
                                .isEqualTo(RecordRefused.Reason.NOT_AT_THIS_LEVEL);
                        continue;
                    }
                    RecordPage page = viewRecord.page(section, RecordSort.DATE, 0, 500);
                    Set<String> want = made.entrySet().stream()
                            .filter(m -> entries.get(m.getKey()).section() == section
                                    && expected(level, from, section, m.getValue()))
                            .map(Map.Entry::getKey).collect(Collectors.toSet());
                    assertThat(page.items()).as(where).extracting(RecordItem::term)
                            .containsExactlyInAnyOrderElementsOf(want);
                    assertThat(page.total()).as(where).isEqualTo(want.size());
                    assertThat(page.statement()).isEqualTo(MandatedStatement.TEXT);
                    assertThat(page.items()).as(where).allSatisfy(i -> assertThat(i.freeText() != null)
                            .isEqualTo(level == RecordAccessLevel.FULL));
                }
                // and the whole record at once, paged, counts the same
                RecordPage all = viewRecord.page(null, RecordSort.TYPE, 0, 500);
                long want = made.entrySet().stream().filter(m -> expected(level, from,
                        entries.get(m.getKey()).section(), m.getValue())).count();
                assertThat(all.total()).isEqualTo(want);
                assertThat(all.items()).hasSize((int) want);
            }
        }
    }

    @Test
    void aDocumentOpens_onlyWhenItIsShown_andNeverAnotherPatients() {
        access.configure(PATIENT, RecordAccessLevel.FULL, null);
        access.citizenFor(PATIENT, true);
        for (Map.Entry<String, RecordEntry> entry : entries.entrySet()) {
            if (!entry.getValue().type().isDocument()) {
                continue;
            }
            long id = entry.getValue().id();
            if (expected(RecordAccessLevel.FULL, null, RecordSection.DOCUMENTS, made.get(entry.getKey()))) {
                DocumentFile file = viewRecord.document(id);
                assertThat(file.contentType()).isEqualTo("text/plain");
                assertThat(new String(file.content(), StandardCharsets.UTF_8)).contains(entry.getKey());
            } else {
                assertThatThrownBy(() -> viewRecord.document(id)).as(entry.getKey()).isInstanceOf(RecordRefused.class);
            }
        }
        access.staff(Role.CLINICIAN);
        long others = keeping.entries(OTHER_PATIENT, RecordSection.DOCUMENTS).get(0).id();
        review.setReviewed(others, true);
        access.citizenFor(PATIENT, true);
        assertThatThrownBy(() -> viewRecord.document(others)).isInstanceOf(RecordRefused.class);
        assertThatThrownBy(() -> viewRecord.document(999_999)).isInstanceOf(RecordRefused.class);
        assertThat(access.audit).anySatisfy(a -> assertThat(a.action()).isEqualTo("RECORD_DOCUMENT_REFUSED"));
    }

    @Test
    void withoutRecordAvailable_nothingIsRead_andTheRefusalIsAudited() {
        access.configure(PATIENT, RecordAccessLevel.FULL, null);
        access.citizenFor(PATIENT, false);
        access.available(false);
        try {
            assertThatThrownBy(() -> viewRecord.page(RecordSection.ALLERGIES, RecordSort.DATE, 0, 10))
                    .isInstanceOf(ServiceNotAvailableException.class);
            assertThat(access.audit.get(access.audit.size() - 1).action()).isEqualTo("DENIED");
        } finally {
            access.available(true);
        }
    }

    @Test
    void aHiddenProblem_isNeverNamedByWhatIsLinkedToIt() {
        access.configure(3, RecordAccessLevel.FULL, null);
        access.staff(Role.CLINICIAN);
        Source source = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP");
        RecordEntry hidden = keeping.record(3, NewEntry.coded(EntryType.PAST_PROBLEM, "386639001",
                "Termination of pregnancy", AFTER, source).markedRestricted());
        keeping.record(3, NewEntry.coded(EntryType.CONSULTATION, null, "Follow-up", AFTER.plusDays(1), source)
                .linkedTo(hidden.id()));
        access.citizenFor(3, true);

        RecordPage page = viewRecord.page(RecordSection.CONSULTATIONS, RecordSort.PROBLEM, 0, 10);

        assertThat(page.items()).singleElement().satisfies(i -> assertThat(i.problem()).isNull());
        assertThat(viewRecord.page(null, RecordSort.DATE, 0, 10).items()).extracting(RecordItem::term)
                .containsExactly("Follow-up");
    }

    @Test
    void thePracticesChanges_takeEffectAtOnce_andAreAudited() {
        access.configure(4, RecordAccessLevel.SUMMARY, START);
        access.staff(Role.CLINICIAN);
        Source source = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP");
        RecordEntry old = keeping.record(4, NewEntry.coded(EntryType.ALLERGY, null, "Allergy to latex", BEFORE,
                source));
        access.citizenFor(4, true);
        assertThat(viewRecord.page(RecordSection.ALLERGIES, RecordSort.DATE, 0, 10).items()).isEmpty();

        access.staff(Role.CLINICIAN);
        review.setReviewedBackTo(4, LocalDate.of(2023, 1, 1));
        access.citizenFor(4, true);
        assertThat(viewRecord.page(RecordSection.ALLERGIES, RecordSort.DATE, 0, 10).items()).hasSize(1);

        access.staff(Role.CLINICIAN);
        review.restrict(old.id(), "Safeguarding concern");
        access.citizenFor(4, true);
        assertThat(viewRecord.page(RecordSection.ALLERGIES, RecordSort.DATE, 0, 10).items()).isEmpty();

        List<String> actions = new ArrayList<>();
        access.audit.stream().filter(a -> a.patientId() != null && a.patientId() == 4)
                .forEach(a -> actions.add(a.action()));
        assertThat(actions).contains("RECORD_ENTRY_ADDED", "RECORD_REVIEWED_BACK_TO", "RECORD_ENTRY_RESTRICTED",
                "RECORD_VIEWED");
    }

    @Test
    void onlyAClinicianOfThePractice_readsOrChangesTheWholeRecord() {
        access.staff(Role.RECEPTIONIST);
        assertThatThrownBy(() -> keeping.entries(PATIENT, null)).isInstanceOf(SecurityException.class);
        access.staff(Role.CLINICIAN);
        access.practiceOf.put(77L, "A12345");
        assertThatThrownBy(() -> keeping.entries(77L, null)).isInstanceOf(SecurityException.class);
        access.citizenFor(PATIENT, true);
        assertThatThrownBy(() -> review.liftRestriction(entries.values().iterator().next().id()))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void aDocumentsTypeIsReadFromItsBytes_andAnythingElseIsRefused() {
        access.staff(Role.CLINICIAN);
        Source source = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP");
        NewEntry letter = NewEntry.coded(EntryType.CLINICAL_DOCUMENT, null, "Letter", AFTER, source);
        assertThat(keeping.addDocument(PATIENT, letter, DemoPdf.letter("Letter", List.of("Hello"))).contentType())
                .isEqualTo("application/pdf");
        assertThatThrownBy(() -> keeping.addDocument(PATIENT, letter, new byte[]{0, 1, 2, (byte) 0xfe}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PDF, PNG, JPEG or plain text");
        assertThatThrownBy(() -> keeping.addDocument(PATIENT, letter, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        Set<Long> ids = new HashSet<>();
        keeping.entries(PATIENT, RecordSection.DOCUMENTS).forEach(e -> ids.add(e.id()));
        assertThat(ids).isNotEmpty();
    }

    @Test
    void aConsultationLists_onlyTheCodedEntriesTheReaderMaySee() {
        access.configure(5, RecordAccessLevel.DETAILED_CODED, null);
        access.staff(Role.CLINICIAN);
        Source source = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP");
        RecordEntry visit = keeping.record(5, NewEntry.coded(EntryType.CONSULTATION, null, "Chest pain", AFTER, source)
                .withFreeText("Pain on exertion."));
        keeping.record(5, NewEntry.coded(EntryType.ACTIVE_PROBLEM, "194828000", "Angina", AFTER, source)
                .recordedIn(visit.id()));
        keeping.record(5, NewEntry.coded(EntryType.PATHOLOGY_RESULT, "105000003", "Serum troponin", AFTER, source)
                .result("4", "ng/L", "<14").recordedIn(visit.id()));
        keeping.record(5, NewEntry.coded(EntryType.ACTIVE_PROBLEM, "225444004", "At risk of violence", AFTER, source)
                .markedRestricted().recordedIn(visit.id()));
        assertThatThrownBy(() -> keeping.record(5, NewEntry.coded(EntryType.ACTIVE_PROBLEM, null, "Elsewhere", AFTER,
                source).recordedIn(entries.values().iterator().next().id())))
                .isInstanceOf(IllegalArgumentException.class);
        access.citizenFor(5, true);

        RecordItem consultation = viewRecord.page(RecordSection.CONSULTATIONS, RecordSort.DATE, 0, 10).items().get(0);

        // a result is FULL data, the risk is restricted: at DETAILED_CODED only the angina shows, and no notes
        assertThat(consultation.codedEntries()).containsExactly("Angina");
        assertThat(consultation.freeText()).isNull();
        access.configure(5, RecordAccessLevel.FULL, null);
        assertThat(viewRecord.page(RecordSection.CONSULTATIONS, RecordSort.DATE, 0, 10).items().get(0).codedEntries())
                .containsExactly("Angina", "Serum troponin");
    }
}
