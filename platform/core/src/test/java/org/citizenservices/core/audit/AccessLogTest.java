package org.citizenservices.core.audit;

import org.citizenservices.core.api.audit.AccessPurpose;
import org.citizenservices.core.api.audit.AuditEventDetails;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.practice.Practice;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.support.OneCorePerClass;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's own access log on a real database: every look at their record with who, in what capacity and why — and
 * what a proxy did for them only once they are 16, from their sixteenth birthday on.
 */
class AccessLogTest extends OneCorePerClass {

    @Test
    void aYoungPersonsLog_leavesOutTheirProxysReads_untilTheyAre16_andSaysWhyForEach() {
        Practice practice = fixture.practice();
        StaffMember admin = fixture.staff(practice, StaffRole.PRACTICE_ADMIN);
        // 16 on 1 December 2026; the fixture's clock starts on 24 November 2026
        Patient teenager = fixture.patient(practice, "Teen", LocalDate.of(2010, 12, 1));
        CoreFixture.Citizen own = fixture.activeSelf(admin, teenager);
        Actor mother = new Actor("Mary Teen (ACC-MOTHER)", ActingAs.PROXY, practice.id(), "app: Healthy Me");
        fixture.audit().entry(mother, "RECORD_VIEWED").patient(teenager.id()).detail("ALL").now(Outcome.SUCCESS);
        fixture.audit().entry(admin.actor(), "RECORD_VIEWED_BY_STAFF").patient(teenager.id()).detail("ALL")
                .now(Outcome.SUCCESS);

        try {
            List<? extends AuditEventDetails> at15 = fixture.core.citizens().ownAccessLog(own.session());
            assertThat(at15).extracting(AuditEventDetails::action).contains("RECORD_VIEWED_BY_STAFF")
                    .doesNotContain("RECORD_VIEWED");

            fixture.clock.set(Instant.parse("2026-12-01T09:00:00Z"));
            List<? extends AuditEventDetails> at16 = fixture.core.citizens().ownAccessLog(own.session());
            AuditEventDetails proxyRead = at16.stream().filter(e -> e.action().equals("RECORD_VIEWED")).findFirst()
                    .orElseThrow();
            assertThat(AccessPurpose.of(proxyRead)).isEqualTo("Someone acting for you with proxy access, through "
                    + "Healthy Me");
            AuditEventDetails staffRead = at16.stream().filter(e -> e.action().equals("RECORD_VIEWED_BY_STAFF"))
                    .findFirst().orElseThrow();
            assertThat(AccessPurpose.of(staffRead)).isEqualTo("Your care and your records at your GP practice");
            assertThat(at16).anySatisfy(e -> assertThat(AccessPurpose.of(e))
                    .isEqualTo("You, using your online account"));
        } finally {
            fixture.clock.set(CoreFixture.START);
        }
    }
}
