package org.citizenservices.appointments.internal;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.testing.InputBounds;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the practice administrator types on the sessions page (a clinician's name and role, a room, a slot type),
 * at the column's limit, one over and at 10 KB: the limit is stored whole; anything longer is refused in words
 * before anything is stored or audited.
 */
class SessionPlannerInputBoundsTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = AppointmentsDatabase.unit();
    static TestServiceAccess access;
    static SessionPlanner sessions;
    static long clinician;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        sessions = AppointmentsDatabase.book(unit, access).sessions();
        access.staff(Role.PRACTICE_ADMIN);
        clinician = sessions.addClinician("Dr Asha Patel", "GP").id();
    }

    enum Field {
        CLINICIAN_NAME(100, "The name must be at most 100 characters.", "select c.name from Clinician c"),
        CLINICIAN_ROLE(50, "The role must be at most 50 characters.", "select c.role from Clinician c"),
        ROOM(100, "The room's name must be at most 100 characters.", "select r.name from Room r"),
        SLOT_TYPE(50, "Give the slot type (at most 50 characters), e.g. Routine GP appointment.",
                "select s.slotType from BookSession s");

        final int max;
        final String refusal;
        final String stored;

        Field(int max, String refusal, String stored) {
            this.max = max;
            this.refusal = refusal;
            this.stored = stored;
        }
    }

    static Stream<Arguments> fields() {
        return InputBounds.lengths(Field.values(), f -> f.max);
    }

    @ParameterizedTest(name = "{0} with {1} characters")
    @MethodSource("fields")
    void aValueIsKeptWholeUpToItsColumn_andRefusedBeyondIt_withNothingWritten(Field field, int length) {
        String text = "x".repeat(length - 3) + " " + length % 100 / 10 + length % 10;
        Runnable change = switch (field) {
            case CLINICIAN_NAME -> () -> sessions.addClinician(text, "GP");
            case CLINICIAN_ROLE -> () -> sessions.addClinician("Nurse " + length, text);
            case ROOM -> () -> sessions.addRoom(text);
            case SLOT_TYPE -> () -> sessions.addSession(new NewSession(clinician, null, LocalDate.of(2026, 12, 1),
                    LocalTime.of(9, length % 8), LocalTime.of(10, 0), 15, text, AppointmentMode.TELEPHONE, true));
        };
        List<String> before = stored(field);
        int audited = access.audit.size();

        if (length <= field.max) {
            change.run();
            assertThat(stored(field)).contains(text);
        } else {
            assertThatThrownBy(change::run).isInstanceOf(IllegalArgumentException.class).hasMessage(field.refusal);
            assertThat(stored(field)).as("nothing stored").isEqualTo(before);
            assertThat(access.audit).as("nothing audited").hasSize(audited);
        }
    }

    private static List<String> stored(Field field) {
        EntityManager em = unit.get().entityManagerFactory().createEntityManager();
        try {
            return em.createQuery(field.stored, String.class).getResultList();
        } finally {
            em.close();
        }
    }
}
