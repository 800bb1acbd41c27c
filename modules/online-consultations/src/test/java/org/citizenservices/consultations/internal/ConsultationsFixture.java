package org.citizenservices.consultations.internal;

import org.citizenservices.consultations.internal.wiring.OnlineConsultationsCapability;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;

import java.util.HashMap;
import java.util.Map;

/** The module's services over one Derby database with its own migrations, and a clock the test sets. */
final class ConsultationsFixture {

    static TestUnit<ModulePersistence.OpenUnit> unit() {
        return TestUnit.of(Database::open, database -> new ModulePersistence(database).openOnClassPath(
                "online-consultations", new OnlineConsultationsCapability().entityClasses(), "db/migration"));
    }

    /** One per database, so that each test's new patients are new to it; its audit starts empty for each test. */
    final TestServiceAccess access;
    /** Monday 7 December 2026, mid-morning: open. */
    final SettableClock clock = new SettableClock("2026-12-07T10:00");
    final RedFlagScreen screen = RedFlagScreen.national();
    final CoreHours hours = new CoreHours(BankHolidays.englandAndWales());
    final SafetyPauses pauses;
    final PracticeRedFlags redFlags;
    final OnlineConsultations consultations;
    final TriageQueue queue;
    final BookingInvitations invitations;

    ConsultationsFixture(ModulePersistence.OpenUnit unit, TestServiceAccess access, OptionalModules modules) {
        this.access = access;
        access.audit.clear();
        access.available(true);
        var factory = unit.entityManagerFactory();
        pauses = new SafetyPauses(factory, access, clock);
        redFlags = new PracticeRedFlags(factory, access, clock);
        consultations = new OnlineConsultations(factory, access, clock, screen, redFlags,
                new Availability(hours, pauses), modules);
        queue = new TriageQueue(factory, access, clock, modules);
        invitations = new BookingInvitations(factory, access, clock, modules);
    }

    /** "No" to every question the citizen's practice asks now. */
    Map<String, Boolean> allNo() {
        Map<String, Boolean> answers = new HashMap<>();
        consultations.form().redFlagQuestions().forEach(q -> answers.put(q.id(), false));
        return answers;
    }

    NewConsultation fitNote() {
        return new NewConsultation(ConsultationKind.ADMIN, "FIT_NOTE", "A fit note for last week, please.", null,
                null, null, allNo());
    }

    NewConsultation medical(String problem) {
        return new NewConsultation(ConsultationKind.MEDICAL, null, problem, "Three weeks", "Paracetamol",
                "Advice, or an appointment", allNo());
    }
}
