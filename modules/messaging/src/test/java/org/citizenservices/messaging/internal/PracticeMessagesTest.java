package org.citizenservices.messaging.internal;

import org.citizenservices.host.uploads.TikaUploadPolicy;
import org.citizenservices.host.uploads.UploadLimits;
import org.citizenservices.spi.testing.TestServiceAccess;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Messaging through the module's service on a real Derby database: a conversation started and answered, read
 * state on both sides, internal notes never reaching the citizen, the proxy label, the notification (text only,
 * through the sender), other patients' conversations unreachable, and the limits on what is typed.
 */
class PracticeMessagesTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = MessagingDatabase.unit();
    static TestServiceAccess access;
    static PracticeMessages messages;
    static final List<String> sent = new ArrayList<>();

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        messages = MessagingDatabase.messages(unit, access, sent);
        DemoMessages.seedIfEmpty(unit.get().entityManagerFactory(), nhs -> Optional.empty(), LocalDateTime.now());
    }

    @Test
    void aConversation_isStartedAnsweredAndRead_andThePatientIsNotifiedWithoutItsText() {
        long patient = access.newPatient(true);
        Conversation started = messages.start("Fit note", "I need a fit note <b>please</b>", null);
        long thread = started.thread().threadId();
        assertThat(started.messages()).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("I need a fit note <b>please</b>");
            assertThat(m.senderName()).isEqualTo("Jane Demo");
        });

        access.staff(Role.STAFF);
        assertThat(messages.inbox(EnumSet.of(ThreadStatus.OPEN))).anySatisfy(t -> {
            assertThat(t.threadId()).isEqualTo(thread);
            assertThat(t.unread()).isEqualTo(1);
        });
        messages.practiceThread(thread);
        assertThat(messages.inbox(EnumSet.of(ThreadStatus.OPEN))).filteredOn(t -> t.threadId() == thread)
                .singleElement().satisfies(t -> assertThat(t.unread()).isZero());
        messages.note(thread, "Check with Dr Patel first");
        messages.practiceReply(thread, "Your fit note is ready at reception.");
        assertThat(sent).contains("ACC" + patient + ": " + Notification.TEXT);
        assertThat(Notification.TEXT).doesNotContain("fit note");

        access.citizenFor(patient, true);
        assertThat(messages.threads()).singleElement().satisfies(t -> {
            assertThat(t.unread()).isEqualTo(1);
            assertThat(t.status()).isEqualTo(ThreadStatus.AWAITING_PATIENT);
        });
        Conversation read = messages.thread(thread);
        assertThat(read.messages()).extracting(Message::body)
                .containsExactly("I need a fit note <b>please</b>", "Your fit note is ready at reception.");
        messages.markRead(thread);
        assertThat(messages.threads()).singleElement().satisfies(t -> assertThat(t.unread()).isZero());
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action)
                .contains("MESSAGE_SENT", "MESSAGE_SENT_BY_PRACTICE", "MESSAGE_NOTE_ADDED", "MESSAGES_MARKED_READ");
    }

    @Test
    void aProxysMessage_saysWhoWroteItForWhom() {
        long sam = access.newPatient(false);
        Conversation started = messages.start("Earache", "Sam has had earache since Sunday.", null);
        assertThat(started.messages().get(0).senderName()).isEqualTo("Jane Demo (mother) for Patient " + sam);
    }

    @Test
    void anotherPatientsConversation_isUnreachable_andWithoutMessagingNothingIsRead() {
        access.newPatient(true);
        long theirs = messages.start("Mine", "Private", null).thread().threadId();
        access.newPatient(true);
        assertThatThrownBy(() -> messages.thread(theirs)).isInstanceOf(MessagingRefused.class);
        assertThatThrownBy(() -> messages.reply(theirs, "Hello")).isInstanceOf(MessagingRefused.class);
        access.available(false);
        try {
            assertThatThrownBy(messages::threads).isInstanceOf(ServiceNotAvailableException.class);
            assertThatThrownBy(() -> messages.start("Hi", "Hello", null))
                    .isInstanceOf(ServiceNotAvailableException.class);
        } finally {
            access.available(true);
        }
        assertThat(messages.threads()).isEmpty();
    }

    @Test
    void whatIsTyped_isChecked_andNothingIsStoredWhenItIsRefused() {
        access.newPatient(true);
        assertThatThrownBy(() -> messages.start(" ", "Hello", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> messages.start("Hi", "x".repeat(10_001), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> messages.start("Hi", "Hello\u0000", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> messages.start("Hi", "Hello", 999_999L)).isInstanceOf(MessagingRefused.class);
        assertThat(messages.threads()).isEmpty();
    }

    @Test
    void aRecipient_receivesTheConversation_andThePracticeAssignsAndClosesIt() {
        access.newPatient(true);
        Recipient reception = messages.recipients().get(0);
        long thread = messages.start("Repeat form", "Where is my form?", reception.id()).thread().threadId();
        assertThat(messages.threads().get(0).recipient()).isEqualTo("Reception");

        access.staff(Role.STAFF);
        messages.assign(thread, "Sarah Reception");
        messages.setStatus(thread, ThreadStatus.CLOSED);
        assertThat(messages.inbox(EnumSet.of(ThreadStatus.CLOSED))).filteredOn(t -> t.threadId() == thread)
                .singleElement().satisfies(t -> assertThat(t.assignedTo()).isEqualTo("Sarah Reception"));
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n".getBytes();

    @Test
    void aFile_goesWithYourLatestMessage_readFromItsBytes_andOnlyTheConversationsReadersOpenIt() {
        long patient = access.newPatient(true);
        long thread = messages.start("Rash", "Photo attached", null).thread().threadId();

        Attachment added = messages.files().attach(thread, "../../etc/rash photo.pdf", PDF);

        assertThat(added.contentType()).isEqualTo("application/pdf");
        assertThat(added.fileName()).isEqualTo("rash-photo.pdf");
        assertThat(messages.thread(thread).attachmentsOf(messages.thread(thread).messages().get(0)))
                .singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("rash-photo.pdf"));
        assertThat(messages.files().attachment(added.id()).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> messages.files().attach(thread, "letter.pdf", "not a pdf at all".getBytes()))
                .isInstanceOf(MessagingRefused.class).extracting(e -> ((MessagingRefused) e).reason())
                .isEqualTo(MessagingRefused.Reason.UNSUPPORTED_FILE);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> messages.files().attach(thread, "big.pdf", big)).isInstanceOf(MessagingRefused.class)
                .extracting(e -> ((MessagingRefused) e).reason()).isEqualTo(MessagingRefused.Reason.TOO_LARGE);

        access.staff(Role.STAFF);
        messages.practiceReply(thread, "Thank you, the GP will look.");
        access.citizenFor(patient, true);
        assertThatThrownBy(() -> messages.files().attach(thread, "late.pdf", PDF)).isInstanceOf(MessagingRefused.class)
                .extracting(e -> ((MessagingRefused) e).reason())
                .isEqualTo(MessagingRefused.Reason.NOTHING_TO_ATTACH_TO);

        access.newPatient(true);
        assertThatThrownBy(() -> messages.files().attachment(added.id())).isInstanceOf(MessagingRefused.class);
    }

    @Test
    void aMessagesFiles_togetherStayWithinTheMessageMaximum_andARefusedFileLeavesNoRow() {
        PracticeMessages small = new PracticeMessages(unit.get().entityManagerFactory(), access, Clock.systemUTC(),
                (accountId, text) -> Optional.empty(), new TikaUploadPolicy(new UploadLimits(1024, 2048)));
        access.newPatient(true);
        long thread = small.start("Scans", "Three pages", null).thread().threadId();
        byte[] page = new byte[1000];
        System.arraycopy(PDF, 0, page, 0, PDF.length);

        small.files().attach(thread, "page1.pdf", page);
        small.files().attach(thread, "page2.pdf", page);

        assertThatThrownBy(() -> small.files().attach(thread, "page3.pdf", page)).isInstanceOf(MessagingRefused.class)
                .hasMessageContaining("at most 2 KiB together")
                .extracting(e -> ((MessagingRefused) e).reason()).isEqualTo(MessagingRefused.Reason.TOO_LARGE);
        assertThatThrownBy(() -> small.files().attach(thread, "big.pdf", new byte[1025]))
                .hasMessage("A file is at most 1 KiB.");
        assertThatThrownBy(() -> small.files().attach(thread, "empty.pdf", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(small.thread(thread).attachmentsOf(small.thread(thread).messages().get(0)))
                .extracting(AttachmentInfo::fileName).containsExactly("page1.pdf", "page2.pdf");
    }
}
