package org.citizenservices.record.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.testing.InputBounds;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every free-text field of the practice's record form, and the annotation, at its column's limit, one over and at
 * 10 KB: the limit is stored whole; anything longer is refused in words before an entry is stored or audited.
 */
class RecordInputBoundsTest {

    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 1, 9, 0);
    static final Source SOURCE = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP");

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    static TestServiceAccess access;
    static RecordKeeping keeping;
    static RecordReview review;
    static long nextPatient = 100;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        Clock clock = TestClock.FIXED;
        keeping = new RecordKeeping(unit.get().entityManagerFactory(), access, clock,
                new TikaUploadPolicy(UploadLimits.defaults()));
        review = new RecordReview(unit.get().entityManagerFactory(), access, clock);
        access.staff(Role.CLINICIAN);
    }

    enum Field {
        TERM(300, "The term", v -> NewEntry.coded(EntryType.ACTIVE_PROBLEM, null, v, AT, SOURCE), RecordEntry::term),
        SNOMED(18, "The SNOMED CT concept id", v -> NewEntry.coded(EntryType.ACTIVE_PROBLEM, v, "Asthma", AT, SOURCE),
                RecordEntry::snomedId),
        FREE_TEXT(8000, "The free text", v -> NewEntry.coded(EntryType.ACTIVE_PROBLEM, null, "Asthma", AT, SOURCE)
                .withFreeText(v), RecordEntry::freeText),
        DOSAGE(200, "The dosage", v -> medicine(v, "28 tablet"), RecordEntry::dosage),
        QUANTITY(100, "The quantity", v -> medicine("One a day", v), RecordEntry::quantity),
        RESULT_VALUE(100, "The result", v -> result(v, "g/L", "115-165"), e -> e.result().value()),
        RESULT_UNIT(40, "The unit", v -> result("132", v, "115-165"), e -> e.result().unit()),
        REFERENCE_RANGE(60, "The reference range", v -> result("132", "g/L", v), e -> e.result().referenceRange()),
        RESULT_COMMENT(1000, "The comment for the patient", v -> result("132", "g/L", "115-165")
                .withResult(new TestResult("132", "g/L", "115-165", null, v, null)), e -> e.result().comment()),
        RESULT_REQUEST(200, "The test request", v -> result("132", "g/L", "115-165")
                .withResult(new TestResult("132", "g/L", "115-165", null, null, v)), e -> e.result().request()),
        ANNOTATION(2000, "The annotation", null, RecordEntry::annotation);

        final int max;
        final String named;
        final Function<String, NewEntry> entry;
        final Function<RecordEntry, String> kept;

        Field(int max, String named, Function<String, NewEntry> entry, Function<RecordEntry, String> kept) {
            this.max = max;
            this.named = named;
            this.entry = entry;
            this.kept = kept;
        }
    }

    static NewEntry medicine(String dosage, String quantity) {
        return NewEntry.medicine(EntryType.ACUTE_MEDICATION, null, "Amoxicillin 500mg capsules", AT, SOURCE, dosage,
                quantity);
    }

    static NewEntry result(String value, String unit, String range) {
        return NewEntry.coded(EntryType.PATHOLOGY_RESULT, "271026005", "Haemoglobin", AT, SOURCE)
                .result(value, unit, range);
    }

    static Stream<Arguments> fields() {
        return InputBounds.lengths(Field.values(), f -> f.max);
    }

    @ParameterizedTest(name = "{0} with {1} characters")
    @MethodSource("fields")
    void aValueIsKeptWholeUpToItsColumn_andRefusedBeyondIt_withNothingStored(Field field, int length) {
        long patient = nextPatient++;
        access.configure(patient, RecordAccessLevel.FULL, null);
        // digits, so a SNOMED CT id is refused for its length rather than its shape
        String text = field == Field.SNOMED ? "1".repeat(length) : "x".repeat(length - 2) + " y";
        Long annotated = field == Field.ANNOTATION
                ? keeping.record(patient, Field.TERM.entry.apply("Asthma")).id() : null;
        Runnable change = field == Field.ANNOTATION ? () -> review.annotate(annotated, text)
                : () -> keeping.record(patient, field.entry.apply(text));
        int audited = access.audit.size();
        long stored = entries(patient).size();

        if (length <= field.max) {
            change.run();
            assertThat(entries(patient)).extracting(field.kept::apply).contains(text);
        } else {
            assertThatThrownBy(change::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(field.named + " must be at most " + field.max + " characters.");
            assertThat(entries(patient)).as("nothing stored").hasSize((int) stored)
                    .extracting(field.kept::apply).doesNotContain(text);
            assertThat(access.audit).as("nothing audited").hasSize(audited);
        }
    }

    private static List<RecordEntry> entries(long patient) {
        EntityManager em = unit.get().entityManagerFactory().createEntityManager();
        try {
            return em.createQuery("select e from RecordEntry e where e.patientId = :patient", RecordEntry.class)
                    .setParameter("patient", patient).getResultList();
        } finally {
            em.close();
        }
    }
}
