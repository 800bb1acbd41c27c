package org.citizenservices.messaging.internal;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the practice types in its inbox (a reply, an internal note, who a conversation is assigned to), at the
 * column's limit, one over and at 10 KB: the limit is stored whole; anything longer is refused in words, with no
 * message stored, no assignment changed and nothing audited. The browser's limit is only a hint to a real user.
 */
class PracticeMessagesInputBoundsTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = MessagingDatabase.unit();
    static TestServiceAccess access;
    static PracticeMessages messages;
    static long nextPatient = 500;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        messages = MessagingDatabase.messages(unit, access, new ArrayList<>());
    }

    enum Field {
        REPLY(PracticeMessages.MAX_BODY, "The message"),
        NOTE(PracticeMessages.MAX_BODY, "The note"),
        ASSIGNEE(120, "The assignee");

        final int max;
        final String named;

        Field(int max, String named) {
            this.max = max;
            this.named = named;
        }
    }

    static Stream<Arguments> fields() {
        return InputBounds.lengths(Field.values(), f -> f.max);
    }

    @ParameterizedTest(name = "{0} with {1} characters")
    @MethodSource("fields")
    void aValueIsKeptWholeUpToItsColumn_andRefusedBeyondIt_withNothingWritten(Field field, int length) {
        long patient = nextPatient++;
        access.practiceOf.put(patient, TestServiceAccess.PRACTICE);
        access.citizenFor(patient, true);
        long thread = messages.start("Bounds", "Please call me back.", null).thread().threadId();
        access.staff(Role.STAFF);
        String text = "x".repeat(length - 2) + " y";
        Runnable change = switch (field) {
            case REPLY -> () -> messages.practiceReply(thread, text);
            case NOTE -> () -> messages.note(thread, text);
            case ASSIGNEE -> () -> messages.assign(thread, text);
        };
        int audited = access.audit.size();

        if (length <= field.max) {
            change.run();
            assertThat(kept(thread)).contains(text);
        } else {
            assertThatThrownBy(change::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(field.named + " must be at most " + field.max + " characters.");
            assertThat(kept(thread)).as("only the patient's first message").containsExactly("Please call me back.", null);
            assertThat(access.audit).as("nothing audited").hasSize(audited);
        }
    }

    /** The conversation's message bodies, then who it is assigned to. */
    private static List<String> kept(long thread) {
        EntityManager em = unit.get().entityManagerFactory().createEntityManager();
        try {
            List<String> kept = new java.util.ArrayList<>(em.createQuery(
                    "select m.body from Message m where m.threadId = :thread order by m.id", String.class)
                    .setParameter("thread", thread).getResultList());
            kept.add(em.find(MessageThread.class, thread).assignedTo());
            return kept;
        } finally {
            em.close();
        }
    }
}
