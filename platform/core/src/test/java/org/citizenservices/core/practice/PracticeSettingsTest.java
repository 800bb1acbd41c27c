package org.citizenservices.core.practice;

import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}
