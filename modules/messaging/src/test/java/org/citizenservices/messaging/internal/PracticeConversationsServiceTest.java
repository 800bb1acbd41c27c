package org.citizenservices.messaging.internal;

import org.citizenservices.messaging.ConversationSummary;
import org.citizenservices.messaging.PracticeConversations;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The published API over the real messaging service on Derby: another module opens a conversation for the citizen's
 * patient, the practice sends the patient a message in it (notified without its text), and refusals come as the
 * API's exception with the module's words.
 */
class PracticeConversationsServiceTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = MessagingDatabase.unit();
    static TestServiceAccess access;
    static PracticeMessages messages;
    static PracticeConversations api;
    static final List<String> sent = new ArrayList<>();
    static long nextPatient = 100;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        messages = MessagingDatabase.messages(unit, access, sent);
        api = new PracticeConversationsService(() -> messages);
    }

    @BeforeEach
    void aPatientOfTheirOwn() {
        access.available(true);
        long patient = nextPatient++;
        access.practiceOf.put(patient, TestServiceAccess.PRACTICE);
        access.citizenFor(patient, true);
    }

    @Test
    void aConversationIsOpened_andThePracticeSendsThePatientAMessageInIt() {
        long patient = access.currentCitizen().orElseThrow().actingFor().patientId();
        ConversationSummary opened = api.start("Online consultation: sore throat", "Three days, no fever.");
        assertThat(opened.patientId()).isEqualTo(patient);
        assertThat(opened.subject()).isEqualTo("Online consultation: sore throat");
        assertThat(opened.status()).isEqualTo("OPEN");
        assertThat(opened.lastMessageAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 0));

        access.staff(Role.STAFF);
        api.sendToPatient(opened.conversationId(), "Please book a telephone appointment this week.");
        assertThat(sent).containsExactly("ACC" + patient + ": " + Notification.TEXT);

        access.citizenFor(patient, true);
        assertThat(messages.threads()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(ThreadStatus.AWAITING_PATIENT);
            assertThat(t.unread()).isEqualTo(1);
        });
        ConversationSummary replied = api.reply(opened.conversationId(), "Booked, thank you.");
        assertThat(replied.status()).isEqualTo("OPEN");
        assertThat(messages.thread(opened.conversationId()).messages()).extracting(Message::body).containsExactly(
                "Three days, no fever.", "Please book a telephone appointment this week.", "Booked, thank you.");
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action)
                .contains("MESSAGE_SENT", "MESSAGE_SENT_BY_PRACTICE");
    }

    @Test
    void aRefusal_isTheApisException_withTheModulesMessage() {
        long theirs = api.start("Mine", "Private").conversationId();
        aPatientOfTheirOwn();

        assertThatThrownBy(() -> api.reply(theirs, "Hello")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no such conversation.");
        assertThatThrownBy(() -> api.start(" ", "Hello")).isInstanceOf(IllegalArgumentException.class);
        access.staffAt("A12345", Role.STAFF);
        assertThatThrownBy(() -> api.sendToPatient(theirs, "Hello")).as("another practice's conversation")
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no such conversation.");
    }

    @Test
    void withoutTheServiceOrStaff_nothingIsDone() {
        access.available(false);
        assertThatThrownBy(() -> api.start("Hi", "Hello")).isInstanceOf(ServiceNotAvailableException.class);
        assertThatThrownBy(() -> api.sendToPatient(1, "Hello")).as("a citizen is not the practice")
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void onceTheModuleHasStopped_aKeptReferenceIsRefused() {
        PracticeConversations stale = new PracticeConversationsService(() -> null);

        assertThatThrownBy(() -> stale.start("Hi", "Hello")).isInstanceOf(IllegalStateException.class)
                .hasMessage("The messaging module has stopped.");
    }
}
