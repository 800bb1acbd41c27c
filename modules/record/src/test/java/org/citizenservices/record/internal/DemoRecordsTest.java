package org.citizenservices.record.internal;

import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo records on a real Derby database, and above all Arthur's long record, which is written in JDBC batches
 * rather than through the entities: what it writes must read back through them exactly as an entry recorded one by one
 * would — every column, and each letter's file matching its entry's size and hash.
 */
class DemoRecordsTest {

    static final long JANE = 11;
    static final long SAM = 12;
    static final long ARTHUR = 14;

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    static EntityManagerFactory factory;
    static int seeded;

    @BeforeAll
    static void seed() {
        factory = unit.get().entityManagerFactory();
        Map<String, Long> ids = Map.of(DemoRecords.JANE_NHS, JANE, DemoRecords.SAM_NHS, SAM,
                DemoRecords.ARTHUR_NHS, ARTHUR);
        seeded = DemoRecords.seedIfEmpty(factory, nhs -> Optional.ofNullable(ids.get(nhs)));
    }

    @Test
    void seedsEachPatientsRecordOnceAndOnlyIntoAnEmptyModule() {
        assertThat(seeded).isEqualTo(30 + 3 + DemoLongRecord.ENTRIES);
        assertThat(count("select count(e) from RecordEntry e where e.patientId = " + ARTHUR))
                .isEqualTo(DemoLongRecord.ENTRIES);
        assertThat(count("select count(e) from RecordEntry e where e.patientId = " + SAM)).isEqualTo(3);
        assertThat(DemoRecords.seedIfEmpty(factory, nhs -> Optional.of(ARTHUR))).isZero();
        assertThat(count("select count(e) from RecordEntry e")).isEqualTo(seeded);
    }

    @Test
    void theLongRecordReadsBackThroughTheEntitiesColumnByColumn() {
        List<RecordEntry> arthurs = entries("select e from RecordEntry e where e.patientId = " + ARTHUR
                + " order by e.effectiveAt");
        RecordEntry result = arthurs.get(3);
        assertThat(result.type()).isEqualTo(EntryType.PATHOLOGY_RESULT);
        assertThat(result.section()).isEqualTo(RecordSection.TEST_RESULTS);
        assertThat(List.of(result.term(), result.snomedId())).containsExactly("Haemoglobin concentration",
                "271026005");
        assertThat(result.result()).isEqualTo(new TestResult("123", "g/L", "130-180", ResultFlag.LOW, null,
                "Full blood count"));
        assertThat(result.source().organisation()).isEqualTo("Riverton Pathology Laboratory");
        assertThat(result.recordedAt()).isEqualTo(result.effectiveAt());
        assertThat(result.filedAt()).isEqualTo(result.effectiveAt().plusDays(1));
        assertThat(arthurs.stream().filter(e -> e.section() == RecordSection.TEST_RESULTS)
                .allMatch(e -> e.filedAt() != null)).isTrue();
        assertThat(arthurs.stream().filter(e -> e.section() != RecordSection.TEST_RESULTS)
                .allMatch(e -> e.filedAt() == null)).isTrue();
        RecordEntry medicine = arthurs.get(6);
        assertThat(List.of(medicine.type().name(), medicine.term(), medicine.dosage(), medicine.quantity()))
                .containsExactly("REPEAT_MEDICATION", "Amoxicillin 500mg capsules (course 6)",
                        "One capsule three times a day", "15 capsule");
        RecordEntry consultation = arthurs.get(1);
        assertThat(consultation.freeText()).isEqualTo("Entry 2 of Arthur's generated record.");
        assertThat(consultation.source().user()).isEqualTo("Nurse Ben Okafor");
        assertThat(consultation.restricted()).isFalse();
        assertThat(arthurs.get(0).restricted()).isTrue();
        assertThat(arthurs.stream().filter(RecordEntry::restricted).count()).isEqualTo(25);
        assertThat(arthurs.stream().map(RecordEntry::problemId).distinct().toList()).containsExactly((Long) null);
    }

    @Test
    void eachOfTheLongRecordsLettersHasItsOwnFile() {
        List<RecordEntry> letters = entries("select e from RecordEntry e where e.patientId = " + ARTHUR
                + " and e.type = org.citizenservices.record.internal.EntryType.CLINICAL_DOCUMENT"
                + " order by e.effectiveAt");
        assertThat(letters).hasSize(DemoLongRecord.ENTRIES / 12);
        assertThat(letters.stream().filter(letter -> letter.reviewedAt() == null).count()).isEqualTo(67);
        UnitsOfWork.read(factory, em -> {
            for (RecordEntry letter : letters) {
                byte[] content = em.find(DocumentContent.class, letter.id()).content();
                assertThat(new String(content, StandardCharsets.UTF_8)).startsWith("Letter ")
                        .endsWith(" about Arthur Elder.\n").contains(letter.term().replaceAll("\\D+", ""));
                assertThat(letter.contentSize()).isEqualTo(content.length);
                assertThat(letter.contentSha256()).isEqualTo(DocumentContent.sha256(content));
                assertThat(letter.contentType()).isEqualTo("text/plain");
                if (letter.reviewedAt() != null) {
                    assertThat(letter.reviewedAt()).isEqualTo(letter.effectiveAt().plusDays(1));
                    assertThat(letter.reviewedBy()).isEqualTo("Dr Asha Patel");
                }
            }
            return null;
        });
    }

    private static long count(String query) {
        return UnitsOfWork.read(factory, em -> em.createQuery(query, Long.class).getSingleResult());
    }

    private static List<RecordEntry> entries(String query) {
        return UnitsOfWork.read(factory, em -> em.createQuery(query, RecordEntry.class).getResultList());
    }
}
