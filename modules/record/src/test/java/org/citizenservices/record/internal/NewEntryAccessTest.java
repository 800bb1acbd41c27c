package org.citizenservices.record.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * New-entry access on a real Derby database, through the citizen's service: an adult reading their own record at
 * SUMMARY sees the entries since their account began in full; a proxy, a child, a practice that switched it off and a
 * patient a clinician decided against do not; restricted entries never show (nor, by the policy's matrix, unfiled
 * results and unreviewed documents).
 */
class NewEntryAccessTest {

    static final LocalDate ACCOUNT = LocalDate.of(2024, 2, 5);
    static final LocalDateTime OLD = LocalDateTime.of(2023, 5, 1, 9, 0);
    static final LocalDateTime NEW = LocalDateTime.of(2025, 3, 3, 9, 0);
    static final Source SOURCE = new Source("Riverside Medical Practice", "Citizen Services", "Dr Asha Patel", "GP");
    static final String KEY = ProspectiveAccess.SETTING_KEY;

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = RecordDatabase.unit();
    private static long nextPatient = 900;
    private TestServiceAccess access;
    private ViewRecord record;
    private RecordKeeping keeping;
    private RecordReview review;
    private ProspectiveAccess newEntries;
    private long patient;

    @BeforeEach
    void open() {
        access = new TestServiceAccess();
        var factory = unit.get().entityManagerFactory();
        newEntries = new ProspectiveAccess(factory, access, TestClock.FIXED);
        record = new ViewRecord(factory, access, newEntries);
        keeping = new RecordKeeping(factory, access, TestClock.FIXED, new TikaUploadPolicy(UploadLimits.defaults()));
        review = new RecordReview(factory, access, TestClock.FIXED, newEntries);
        // the practice switched new-entry access on when the national programme did
        UnitsOfWork.write(factory, em -> {
            if (em.find(ProspectiveSwitch.class, TestServiceAccess.PRACTICE) == null) {
                em.persist(new ProspectiveSwitch(TestServiceAccess.PRACTICE, LocalDate.of(2023, 10, 31)));
            }
            return null;
        });
        patient = nextPatient++;
        access.citizenFor(patient, true);
        access.configure(patient, RecordAccessLevel.SUMMARY, null, ACCOUNT);
        access.staff(Role.CLINICIAN);
        keeping.record(patient, NewEntry.coded(EntryType.CONSULTATION, null, "Knee pain", OLD, SOURCE)
                .withFreeText("Old notes"));
        keeping.record(patient, NewEntry.medicine(EntryType.REPEAT_MEDICATION, null, "Ramipril 5mg", OLD, SOURCE,
                "One daily", "28 capsules"));
        keeping.record(patient, NewEntry.coded(EntryType.CONSULTATION, null, "Back pain", NEW, SOURCE)
                .withFreeText("Advised exercises"));
        keeping.record(patient, NewEntry.coded(EntryType.CONSULTATION, null, "Safeguarding review", NEW, SOURCE)
                .markedRestricted());
    }

    @Test
    void anAdultReadingTheirOwnRecord_seesNewEntriesInFull_andOlderOnesByTheirLevel() {
        access.citizenFor(patient, true);

        RecordPage page = record.page(null, RecordSort.DATE, 0, 50);

        assertThat(page.newEntriesFrom()).isEqualTo(ACCOUNT);
        assertThat(page.sections()).containsExactly(RecordSection.values());
        assertThat(page.items()).extracting(RecordItem::term).containsExactly("Back pain", "Ramipril 5mg");
        assertThat(page.items().get(0).freeText()).isEqualTo("Advised exercises");
        // the consultations section opens, with the new entry only
        assertThat(record.page(RecordSection.CONSULTATIONS, RecordSort.DATE, 0, 50).items())
                .extracting(RecordItem::term).containsExactly("Back pain");
        assertThat(record.export(ExportFormat.FHIR, NEW, TestClock.FIXED.getZone()).content().length).isPositive();
    }

    @Test
    void aProxy_aChild_theSwitchOff_orAClinicianDecidingAgainst_seeOnlyTheLevel() {
        access.citizenFor(patient, false);
        assertThat(terms()).containsExactly("Ramipril 5mg");
        assertThatThrownBy(() -> record.page(RecordSection.CONSULTATIONS, RecordSort.DATE, 0, 10))
                .isInstanceOf(RecordRefused.class);

        long child = nextPatient++;
        access.citizenFor(child, true, LocalDate.now(TestClock.FIXED).minusYears(16).plusDays(1));
        access.configure(child, RecordAccessLevel.SUMMARY, null, ACCOUNT);
        access.staff(Role.CLINICIAN);
        keeping.record(child, NewEntry.coded(EntryType.CONSULTATION, null, "Asthma review", NEW, SOURCE));
        access.citizenFor(child, true, LocalDate.now(TestClock.FIXED).minusYears(16).plusDays(1));
        assertThat(record.page(null, RecordSort.DATE, 0, 10).newEntriesFrom()).isNull();
        assertThat(terms()).isEmpty();

        access.staff(Role.CLINICIAN);
        assertThatThrownBy(() -> newEntries.withhold(patient, " ")).isInstanceOf(IllegalArgumentException.class);
        newEntries.withhold(patient, "Risk of coercion at home");
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action)
                .contains("RECORD_NEW_ENTRIES_WITHHELD");
        assertThat(newEntries.describedFor(patient)).contains("Risk of coercion at home");
        access.citizenFor(patient, true);
        assertThat(terms()).containsExactly("Ramipril 5mg");
        access.staff(Role.CLINICIAN);
        newEntries.allow(patient);
        access.citizenFor(patient, true);
        assertThat(terms()).containsExactly("Back pain", "Ramipril 5mg");
    }

    @Test
    void switchingItOffForgetsTheDay_andOnAgainStartsAfresh() {
        access.settings.put(KEY, "false");
        access.citizenFor(patient, true);
        assertThat(terms()).containsExactly("Ramipril 5mg");

        access.settings.put(KEY, "true");
        RecordPage page = record.page(null, RecordSort.DATE, 0, 50);
        // on again from today: the entries made meanwhile are not new to anyone
        assertThat(page.newEntriesFrom()).isEqualTo(LocalDate.now(TestClock.FIXED));
        assertThat(page.items()).extracting(RecordItem::term).containsExactly("Ramipril 5mg");
        access.settings.remove(KEY);
    }

    @Test
    void aRestrictionNeedsAReason_keptForThePractice_andLiftingItDropsTheReason() {
        long id = keeping.entries(patient, RecordSection.CONSULTATIONS).stream()
                .filter(e -> e.term().equals("Back pain")).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> review.restrict(id, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(review.restrictions(patient)).doesNotContainKey(id);
        review.restrict(id, "Patient to be told in person first");
        assertThat(review.restrictions(patient).get(id)).isEqualTo(
                "Restricted by Dr Asha Patel: Patient to be told in person first");
        access.citizenFor(patient, true);
        assertThat(terms()).containsExactly("Ramipril 5mg");

        access.staff(Role.CLINICIAN);
        review.liftRestriction(id);
        assertThat(review.restrictions(patient)).doesNotContainKey(id);
        access.citizenFor(patient, true);
        assertThat(terms()).containsExactly("Back pain", "Ramipril 5mg");
    }

    @Test
    void aClinicianViewingAsThePatient_seesTheNewEntries_andResultsShownOnlyByThemTellThePatientAlone() {
        assertThat(review.viewAs(patient, RecordAccessLevel.SUMMARY, null, RecordSort.DATE, 0, 50).items())
                .extracting(RecordItem::term).containsExactly("Back pain", "Ramipril 5mg");

        keeping.record(patient, NewEntry.coded(EntryType.PATHOLOGY_RESULT, null, "Serum ferritin", NEW, SOURCE)
                .result("30", "ug/L", "15-300"));
        assertThat(access.patientNotices).containsExactly(new TestServiceAccess.PatientNotice(patient,
                CitizenService.RECORD, ResultNotices.NOTICE, true));

        access.configure(patient, RecordAccessLevel.FULL, null, ACCOUNT);
        keeping.record(patient, NewEntry.coded(EntryType.PATHOLOGY_RESULT, null, "Serum B12", NEW, SOURCE)
                .result("300", "ng/L", "200-900"));
        assertThat(access.patientNotices).last().isEqualTo(new TestServiceAccess.PatientNotice(patient,
                CitizenService.RECORD, ResultNotices.NOTICE, false));
    }

    private List<String> terms() {
        return record.page(null, RecordSort.DATE, 0, 50).items().stream().map(RecordItem::term).toList();
    }
}
