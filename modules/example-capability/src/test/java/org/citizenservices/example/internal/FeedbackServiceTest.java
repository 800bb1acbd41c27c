package org.citizenservices.example.internal;

import org.citizenservices.example.internal.wiring.FeedbackCapability;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The template module's rules on a real Derby database migrated from its own scripts, with the SPI's
 * {@link TestServiceAccess} playing the host: the checks a module copied from this one starts with.
 */
class FeedbackServiceTest {

    @TempDir
    static Path dir;
    static Database database;
    static ModulePersistence.OpenUnit unit;
    static TestServiceAccess access;
    static FeedbackService service;

    @BeforeAll
    static void open() {
        database = Database.open(dir.resolve("derby"));
        unit = new ModulePersistence(database).openOnClassPath("feedback",
                new FeedbackCapability().entityClasses(), "db/migration");
        access = new TestServiceAccess();
        service = new JpaFeedbackService(unit.entityManagerFactory(), access,
                Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), PracticeTime.ZONE));
    }

    @AfterAll
    static void close() {
        unit.close();
        database.close();
    }

    @BeforeEach
    void aCitizenOfThePractice() {
        access.available(true);
        access.citizenFor(1, true);
    }

    @Test
    void anAnswer_isKeptForThePatientsPractice_andAuditedWithoutItsText() {
        FeedbackEntry sent = service.submit(Rating.VERY_GOOD, "  The receptionist was lovely  ");

        assertThat(sent.comment()).isEqualTo("The receptionist was lovely");
        assertThat(access.audit).contains(new TestServiceAccess.Audited(1L, "FEEDBACK_SENT", "response " + sent.id()));
        access.staff(Role.PRACTICE_ADMIN);
        assertThat(service.latest(100)).extracting(FeedbackEntry::id).contains(sent.id());
        assertThat(service.countsByRating().get(Rating.VERY_GOOD)).isPositive();
    }

    @Test
    void anotherPractice_seesNoneOfTheAnswers() {
        long sent = service.submit(Rating.POOR, "Waited an hour").id();

        access.staffAt("A12345", Role.PRACTICE_ADMIN);
        assertThat(service.latest(100)).extracting(FeedbackEntry::id).doesNotContain(sent);
        assertThat(service.countsByRating().values()).containsOnly(0L);
    }

    @Test
    void withoutTheService_nothingIsStored() {
        access.available(false);
        assertThatThrownBy(() -> service.submit(Rating.GOOD, "never stored"))
                .isInstanceOf(ServiceNotAvailableException.class);

        access.staff(Role.PRACTICE_ADMIN);
        assertThat(service.latest(100)).extracting(FeedbackEntry::comment).doesNotContain("never stored");
    }

    @Test
    void badInput_isRefusedWithAMessage_beforeAnythingIsStored() {
        assertThatThrownBy(() -> service.submit(null, "great")).hasMessage("Choose how your experience was.");
        assertThatThrownBy(() -> service.submit(Rating.GOOD, "x".repeat(FeedbackService.MAX_COMMENT + 1)))
                .hasMessage("Your comment must be at most 1000 characters.");
        assertThatThrownBy(() -> service.submit(Rating.GOOD, "bell\u0007"))
                .hasMessage("Your comment contains characters that cannot be stored.");

        access.staff(Role.PRACTICE_ADMIN);
        assertThat(service.latest(100)).extracting(FeedbackEntry::comment).doesNotContain("great");
    }

    @Test
    void onlyAPracticeAdministrator_readsTheResults() {
        assertThatThrownBy(service::countsByRating).isInstanceOf(SecurityException.class);
        access.staff(Role.STAFF, Role.RECEPTIONIST);
        assertThatThrownBy(() -> service.latest(10)).isInstanceOf(SecurityException.class);
    }
}
