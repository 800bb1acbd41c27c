package org.citizenservices.core.practice;

import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.practice.PracticeServices;
import org.citizenservices.spi.PracticeSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings bag modules read on every call: kept in memory, yet a change is seen by the very next read. */
class PracticeSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aChangedSettingIsReadAtOnce_andEachPracticeHasItsOwn() {
        try (CoreFixture fixture = new CoreFixture(dir)) {
            Practice riverside = fixture.practice();
            Practice hillside = fixture.practice();
            StaffMember admin = fixture.staff(riverside, StaffRole.PRACTICE_ADMIN);
            PracticeServicesService practices = fixture.practices();

            practices.putSetting(admin, "appointments.maxFutureAppointments", "3");
            assertThat(practices.settings(riverside.id())).containsEntry("appointments.maxFutureAppointments", "3");
            assertThat(practices.settings(riverside.id())).as("from memory").containsEntry(
                    "appointments.maxFutureAppointments", "3");

            practices.putSetting(admin, "appointments.maxFutureAppointments", "4");
            assertThat(practices.settings(riverside.id())).containsEntry("appointments.maxFutureAppointments", "4");
            assertThat(practices.settings(hillside.id())).doesNotContainKey("appointments.maxFutureAppointments");
        }
    }

    @Test
    void aDeclaredSettingOutsideItsBounds_andAnUnknownRecordLevel_areRefusedAndNothingChanges() {
        try (CoreFixture fixture = new CoreFixture(dir)) {
            Practice practice = fixture.practice();
            StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
            PracticeSetting window = PracticeSetting.number("appointments.bookingWindowDays",
                    "How many days ahead patients can book", null, 0, 366, 28);

            assertThatThrownBy(() -> fixture.practices().putSetting(admin, window, "400"))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("from 0 to 366");
            assertThatThrownBy(() -> fixture.practices().putSetting(admin, window, "two weeks"))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> fixture.practices().putSetting(admin, PracticeServices.DEFAULT_RECORD_LEVEL,
                    "EVERYTHING")).isInstanceOf(InvalidValueException.class);
            assertThat(fixture.practices().settings(practice.id())).doesNotContainKeys(window.key(),
                    PracticeServices.DEFAULT_RECORD_LEVEL);

            fixture.practices().putSetting(admin, window, " 14 ");
            fixture.practices().putSetting(admin, PracticeServices.DEFAULT_RECORD_LEVEL, "FULL");
            assertThat(fixture.practices().settings(practice.id())).containsEntry(window.key(), "14")
                    .containsEntry(PracticeServices.DEFAULT_RECORD_LEVEL, "FULL");
        }
    }

    @Test
    void givenAModuleDeclaresASetting_whenItIsSetByName_thenItsBoundsStillHold() {
        try (CoreFixture fixture = new CoreFixture(dir)) {
            Practice practice = fixture.practice();
            StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
            PracticeSetting window = PracticeSetting.number("appointments.bookingWindowDays",
                    "How many days ahead patients can book", null, 0, 366, 28);
            fixture.practices().declaredSettings(key -> key.equals(window.key()) ? java.util.Optional.of(window)
                    : java.util.Optional.empty());

            assertThatThrownBy(() -> fixture.practices().putSetting(admin, window.key(), "400"))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("from 0 to 366");
            assertThat(fixture.practices().settings(practice.id())).doesNotContainKey(window.key());
            fixture.practices().putSetting(admin, "appointments.somethingUndeclared", "anything");
            assertThat(fixture.practices().settings(practice.id()))
                    .containsEntry("appointments.somethingUndeclared", "anything");
        }
    }
}
