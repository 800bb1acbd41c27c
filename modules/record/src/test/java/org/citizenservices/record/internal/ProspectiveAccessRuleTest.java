package org.citizenservices.record.internal;

import org.citizenservices.spi.RecordAccess;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenservices.spi.RecordAccessLevel.SUMMARY;

/** Where new-entry access starts: for whom, from when, and never for whom. */
class ProspectiveAccessRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final LocalDate ACCOUNT = LocalDate.of(2024, 2, 5);
    static final LocalDate SWITCHED_ON = LocalDate.of(2023, 10, 31);
    static final LocalDate ADULT = LocalDate.of(1985, 3, 14);

    static RecordAccess access(LocalDate ownAccount, LocalDate born) {
        return new RecordAccess(7, SUMMARY, null, ownAccount, born);
    }

    static ProspectiveAccess.Reading patient(LocalDate practiceSince) {
        return new ProspectiveAccess.Reading(true, practiceSince, TODAY);
    }

    @Test
    void anAdultReadingTheirOwnRecord_fromTheLaterOfTheirAccountAndTheSwitch() {
        assertThat(patient(SWITCHED_ON).from(access(ACCOUNT, ADULT), null)).isEqualTo(ACCOUNT);
        // an account older than the practice's switch: nothing from before the switch
        assertThat(patient(SWITCHED_ON).from(access(LocalDate.of(2019, 1, 1), ADULT), null)).isEqualTo(SWITCHED_ON);
    }

    @Test
    void aProxy_theSwitchOff_noOwnAccount_orAClinicianDecidingAgainst_meanNone() {
        assertThat(new ProspectiveAccess.Reading(false, SWITCHED_ON, TODAY).from(access(ACCOUNT, ADULT), null))
                .isNull();
        assertThat(patient(null).from(access(ACCOUNT, ADULT), null)).isNull();
        assertThat(patient(SWITCHED_ON).from(access(null, ADULT), null)).isNull();
        assertThat(patient(SWITCHED_ON).from(access(ACCOUNT, ADULT), "Risk of coercion at home")).isNull();
        // a host before SPI 1.18 gives no date of birth: no new-entry access rather than a guess
        assertThat(patient(SWITCHED_ON).from(access(ACCOUNT, null), null)).isNull();
    }

    @Test
    void aYoungPerson_fromTheir16thBirthday_notTheDayBefore() {
        LocalDate sixteenToday = TODAY.minusYears(16);
        assertThat(patient(SWITCHED_ON).from(access(ACCOUNT, sixteenToday), null)).isEqualTo(TODAY);
        assertThat(patient(SWITCHED_ON).from(access(ACCOUNT, sixteenToday.plusDays(1)), null)).isNull();
        // sixteen last year, with an account since they were 13: entries from the birthday on
        LocalDate born = LocalDate.of(2009, 6, 1);
        assertThat(patient(SWITCHED_ON).from(access(LocalDate.of(2022, 9, 1), born), null))
                .isEqualTo(LocalDate.of(2025, 6, 1));
    }
}
