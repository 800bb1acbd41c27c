package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.VuaDetails;
import org.citizenservices.core.api.vua.ContactChannel;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.service.StaffRole;
import org.citizenservices.core.api.service.NotFoundException;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.support.CoreFixture;
import org.citizenservices.core.api.vua.ContactConfirmations.CodeToSend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Verified contact on a real core: a notice goes only to a detail confirmed with a code sent there; codes run out,
 * allow five wrong tries and are not sent more than three times an hour; a changed detail needs confirming again.
 */
class ContactConfirmationsTest {

    @TempDir
    Path dir;
    CoreFixture fixture;
    Core core;
    StaffMember staff;
    CoreFixture.Citizen jane;

    @BeforeEach
    void open() {
        fixture = new CoreFixture(dir);
        core = fixture.core;
        CoreFixture.Surgery surgery = fixture.surgery("Confirm", LocalDate.of(1985, 3, 14));
        staff = surgery.reception();
        jane = fixture.activeSelf(staff, surgery.patient());
        editContact("07700900001", "jane@example.com");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenTheCodeSentToTheEmailAddress_whenTypedBack_thenTheAddressIsConfirmedAndNoticesMayGoThere() {
        assertThat(recipient().email()).as("unconfirmed: no notice goes there").isNull();

        CodeToSend code = core.contacts().sendCode(jane.session(), ContactChannel.EMAIL);
        assertThat(code.address()).isEqualTo("jane@example.com");
        assertThat(code.code()).matches("\\d{6}");
        assertThat(code.toString()).doesNotContain(code.code());
        core.contacts().confirm(jane.session(), ContactChannel.EMAIL, code.code().substring(0, 3) + " "
                + code.code().substring(3));

        assertThat(core.contacts().state(jane.session()).emailConfirmed()).isTrue();
        assertThat(core.contacts().state(jane.session()).mobileConfirmed()).isFalse();
        assertThat(recipient().email()).isEqualTo("jane@example.com");
        assertThat(recipient().mobile()).isNull();
        assertThat(storedHashes()).allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$")
                .doesNotContain(code.code()));
        assertThat(auditDetails()).contains("code issued for the email address", "email address confirmed");
    }

    @Test
    void givenFiveWrongTries_thenTheCodeNoLongerWorks_evenTheRightOne() {
        CodeToSend code = core.contacts().sendCode(jane.session(), ContactChannel.SMS);
        String wrong = code.code().equals("000000") ? "111111" : "000000";
        for (int i = 0; i < ContactConfirmationsService.MAX_WRONG_TRIES; i++) {
            assertThatThrownBy(() -> core.contacts().confirm(jane.session(), ContactChannel.SMS, wrong))
                    .isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> core.contacts().confirm(jane.session(), ContactChannel.SMS, code.code()))
                .hasMessageContaining("Ask for a new code");
        assertThat(core.contacts().state(jane.session()).mobileConfirmed()).isFalse();

        CodeToSend fresh = core.contacts().sendCode(jane.session(), ContactChannel.SMS);
        core.contacts().confirm(jane.session(), ContactChannel.SMS, fresh.code());
        assertThat(recipient().mobile()).isEqualTo("07700900001");
    }

    @Test
    void givenACodeOlderThanThirtyMinutes_thenItIsRefused() {
        CodeToSend code = core.contacts().sendCode(jane.session(), ContactChannel.EMAIL);
        fixture.clock.advance(Duration.ofMinutes(31));
        try {
            assertThatThrownBy(() -> core.contacts().confirm(jane.session(), ContactChannel.EMAIL, code.code()))
                    .hasMessageContaining("run out");
        } finally {
            fixture.clock.set(CoreFixture.START);
        }
    }

    @Test
    void givenThreeCodesInAnHour_thenAFourthIsNotSent_andOnlyTheLatestWorks() {
        CodeToSend first = core.contacts().sendCode(jane.session(), ContactChannel.EMAIL);
        core.contacts().sendCode(jane.session(), ContactChannel.EMAIL);
        CodeToSend third = core.contacts().sendCode(jane.session(), ContactChannel.EMAIL);
        assertThatThrownBy(() -> core.contacts().sendCode(jane.session(), ContactChannel.EMAIL))
                .hasMessageContaining("in the last hour");
        if (!first.code().equals(third.code())) {
            assertThatThrownBy(() -> core.contacts().confirm(jane.session(), ContactChannel.EMAIL, first.code()))
                    .isInstanceOf(InvalidValueException.class);
        }
        core.contacts().confirm(jane.session(), ContactChannel.EMAIL, third.code());
        assertThat(recipient().email()).isEqualTo("jane@example.com");
    }

    @Test
    void givenThePracticeChangesAConfirmedAddress_thenTheNewOneIsUnconfirmed_andAnOldCodeDoesNotConfirmIt() {
        core.contacts().confirm(jane.session(), ContactChannel.EMAIL,
                core.contacts().sendCode(jane.session(), ContactChannel.EMAIL).code());
        CodeToSend forOld = core.contacts().sendCode(jane.session(), ContactChannel.SMS);

        editContact("07700900999", "jane.new@example.com");

        assertThat(recipient().email()).isNull();
        assertThat(core.contacts().state(jane.session()).emailConfirmed()).isFalse();
        assertThatThrownBy(() -> core.contacts().confirm(jane.session(), ContactChannel.SMS, forOld.code()))
                .hasMessageContaining("has changed since that code was sent");
        assertThat(recipient().mobile()).isNull();
    }

    @Test
    void givenAPracticeUserAtTheDesk_thenTheyConfirmTheirOwnPracticesAccountsOnly() {
        CodeToSend code = core.contacts().sendCode(staff, jane.vuaId(), ContactChannel.SMS);
        core.contacts().confirm(staff, jane.vuaId(), ContactChannel.SMS, code.code());
        assertThat(core.contacts().state(staff, jane.vuaId()).mobileConfirmed()).isTrue();

        StaffMember elsewhere = fixture.staff(fixture.practice(), StaffRole.PRACTICE_ADMIN);
        assertThatThrownBy(() -> core.contacts().sendCode(elsewhere, jane.vuaId(), ContactChannel.EMAIL))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenNoMobileNumber_thenNoCodeIsSent_andNothingIsStored() {
        editContact("01632960123", "jane@example.com");
        assertThatThrownBy(() -> core.contacts().sendCode(jane.session(), ContactChannel.SMS))
                .hasMessageContaining("no mobile number");
        assertThatThrownBy(() -> core.contacts().confirm(jane.session(), ContactChannel.EMAIL, "12345"))
                .hasMessageContaining("6-digit");
        assertThat(storedHashes()).isEmpty();
    }

    private void editContact(String telephone, String email) {
        VuaDetails vua = core.accounts().details(staff, jane.vuaId()).account();
        core.accounts().editDetails(staff, jane.vuaId(), vua.name(), vua.dateOfBirth(),
                ContactDetails.of(null, null, telephone, email));
    }

    private org.citizenservices.core.internal.notify.NotificationOutboxService.Recipient recipient() {
        core.outbox().enqueue(staff.practiceId(), jane.letter().accountId(), "You have a new message.");
        return core.outbox().claimDue("test", 10).get(0).contact().orElseThrow();
    }

    private List<String> storedHashes() {
        return core.transactions().read(em -> em.createQuery("select c.codeHash from ContactConfirmation c",
                String.class).getResultList());
    }

    private List<String> auditDetails() {
        return core.transactions().read(em -> em.createQuery("select e.detail from AuditEvent e where e.action ="
                + " 'CONTACT_CONFIRMATION'", String.class).getResultList());
    }
}
