package org.citizenservices.core.practice;

import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.Bounds;
import org.citizenservices.core.support.OneCorePerClass;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the practice administrator types on the practice page, at the limit, one over and at 10 KB: a service's
 * reason and a setting's name and value are kept whole up to their columns and refused beyond, unaudited.
 */
class PracticeServicesInputBoundsTest extends OneCorePerClass {

    Practice practice;
    StaffMember admin;
    final PracticeServicesService practices = fixture.practices();

    @BeforeEach
    void practice() {
        practice = fixture.practice();
        admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
    }

    enum Field {
        SERVICE_REASON(PracticeServicesService.MAX_SERVICE_REASON, "A reason is at most 500 characters."),
        SETTING_NAME(PracticeServicesService.MAX_SETTING_NAME,
                "A setting name is the capability id, a dot and a name, e.g. appointments.bookingWindowDays."),
        SETTING_VALUE(PracticeServicesService.MAX_SETTING_VALUE, "A setting value is 1 to 1000 characters.");

        final int max;
        final String refusal;

        Field(int max, String refusal) {
            this.max = max;
            this.refusal = refusal;
        }
    }

    static Stream<Arguments> fields() {
        return Bounds.cases(Stream.of(Field.values()), f -> f.max);
    }

    @ParameterizedTest(name = "{0} with {1} characters")
    @MethodSource("fields")
    void aValueIsKeptWholeUpToItsColumn_andRefusedBeyondIt_withNothingWritten(Field field, int length) {
        String text = Bounds.text(length);
        String name = field == Field.SETTING_NAME ? "appointments." + "x".repeat(length - "appointments.".length())
                : "appointments.note";
        Runnable change = field == Field.SERVICE_REASON
                ? () -> practices.setService(admin, CitizenService.MESSAGING, false, text)
                : () -> practices.putSetting(admin, name, field == Field.SETTING_VALUE ? text : "3");
        long audit = Bounds.auditEvents(fixture);

        if (length <= field.max) {
            change.run();
            assertThat(kept(field)).contains(field == Field.SETTING_NAME ? name : text);
        } else {
            assertThatThrownBy(change::run).isInstanceOf(InvalidValueException.class).hasMessage(field.refusal);
            assertThat(kept(field)).as("nothing kept").isEmpty();
            assertThat(Bounds.auditEvents(fixture)).as("audit").isEqualTo(audit);
        }
    }

    /** The stored reasons of the practice's switches, or the names and values of its settings. */
    private List<String> kept(Field field) {
        if (field != Field.SERVICE_REASON) {
            var settings = practices.settings(practice.id());
            return field == Field.SETTING_NAME ? List.copyOf(settings.keySet()) : List.copyOf(settings.values());
        }
        return fixture.core.transactions().read(em -> em.createQuery("select c.reason from ServiceConfiguration c"
                        + " where c.practiceId = :practice and c.patientId is null and c.reason is not null", String.class)
                .setParameter("practice", practice.id()).getResultList());
    }
}
