package org.citizenservices.messaging.internal;

import org.citizenservices.spi.Texts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.spi.UploadPolicy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Communicate with Practice (E00321): secure conversations between a patient — or a proxy with MESSAGING registered,
 * whose messages say who wrote them for whom — and their practice, which keeps an inbox with assignment, status and
 * internal notes, and notifies the citizen of each reply through the outbox. Every citizen operation starts from
 * the host's {@code require(MESSAGING)}, every practice one from {@code requireStaff}; every action is audited.
 */
public final class PracticeMessages {

    public static final int MAX_SUBJECT = 150;
    public static final int MAX_BODY = 10_000;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;
    private final NotificationSender sender;
    private final MessageAttachments files;

    public PracticeMessages(EntityManagerFactory factory, ServiceAccess access, Clock clock, NotificationSender sender,
                            UploadPolicy uploads) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
        this.sender = sender;
        this.files = new MessageAttachments(factory, access, clock, uploads);
    }

    /** The messages' files: attaching one, opening one, and the limits to show. */
    public MessageAttachments files() {
        return files;
    }

    // ---- citizens ----------------------------------------------------------------------------------------------

    /** Who at the practice the citizen may write to. */
    public List<Recipient> recipients() {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        return read(em -> em.createQuery("select r from Recipient r where r.practiceOds = :ods and r.active = true"
                + " order by r.id", Recipient.class).setParameter("ods", citizen.odsCode()).getResultList());
    }

    /** The patient's conversations, most recent first. */
    public List<ThreadSummary> threads() {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        List<ThreadSummary> threads = read(em -> ThreadReads.summaries(em, em.createQuery("select t from MessageThread t"
                        + " where t.patientId = :patient and t.practiceOds = :ods order by t.lastMessageAt desc,"
                        + " t.id desc", MessageThread.class)
                .setParameter("patient", citizen.actingFor().patientId()).setParameter("ods", citizen.odsCode())
                .getResultList(), true));
        access.audit("MESSAGE_THREADS_VIEWED", threads.size() + " conversations");
        return threads;
    }

    /** One conversation, without the practice's internal notes. */
    public Conversation thread(long threadId) {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        Conversation conversation = read(em -> {
            MessageThread thread = citizensThread(em, citizen, threadId);
            List<Message> messages = em.createQuery("select m from Message m where m.threadId = :thread"
                            + " and m.internalNote = false order by m.sentAt, m.id", Message.class)
                    .setParameter("thread", threadId).getResultList();
            return new Conversation(ThreadReads.summaries(em, List.of(thread), true).get(0), messages,
                    ThreadReads.attachments(em, messages));
        });
        access.audit("MESSAGE_THREAD_VIEWED", "conversation " + threadId);
        return conversation;
    }

    /** Starts a conversation with the practice, or with one of its recipients. */
    public Conversation start(String subject, String body, Long recipientId) {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        String cleanSubject = Texts.required(subject, MAX_SUBJECT, "The subject");
        String cleanBody = Texts.required(body, MAX_BODY, "The message");
        long threadId = write(em -> {
            if (recipientId != null) {
                Recipient recipient = em.find(Recipient.class, recipientId);
                if (recipient == null || !recipient.active() || !recipient.practiceOds().equals(citizen.odsCode())) {
                    throw new MessagingRefused(MessagingRefused.Reason.NOT_FOUND,
                            "There is no such recipient at the practice.");
                }
            }
            LocalDateTime now = now();
            MessageThread thread = new MessageThread(citizen.odsCode(), citizen.actingFor().patientId(), cleanSubject,
                    recipientId, now, writer(citizen), citizen.accountId());
            em.persist(thread);
            em.flush();
            em.persist(new Message(thread.id(), true, false, writer(citizen), cleanBody, now));
            return thread.id();
        });
        access.audit("MESSAGE_SENT", "conversation " + threadId + ", new");
        return thread(threadId);
    }

    /** Replies in one of the patient's conversations; a closed one opens again. */
    public Conversation reply(long threadId, String body) {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        String cleanBody = Texts.required(body, MAX_BODY, "The message");
        write(em -> {
            MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
            if (thread == null || thread.patientId() != citizen.actingFor().patientId()
                    || !thread.practiceOds().equals(citizen.odsCode())) {
                throw notFound();
            }
            LocalDateTime now = now();
            em.persist(new Message(threadId, true, false, writer(citizen), cleanBody, now));
            thread.messaged(now, ThreadStatus.OPEN);
            return null;
        });
        access.audit("MESSAGE_SENT", "conversation " + threadId + ", reply");
        return thread(threadId);
    }

    /** Marks the practice's messages in the conversation read by the citizen. */
    public void markRead(long threadId) {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        write(em -> {
            citizensThread(em, citizen, threadId);
            markRead(em, threadId, false);
            return null;
        });
        access.audit("MESSAGES_MARKED_READ", "conversation " + threadId);
    }

    // ---- the practice ------------------------------------------------------------------------------------------

    /** The practice's inbox: conversations in these statuses, most recent first. */
    public List<ThreadSummary> inbox(Set<ThreadStatus> statuses) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Set<ThreadStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ThreadStatus.class) : statuses;
        return read(em -> ThreadReads.summaries(em, em.createQuery("select t from MessageThread t where t.practiceOds = :ods"
                        + " and t.status in :statuses order by t.lastMessageAt desc, t.id desc", MessageThread.class)
                .setParameter("ods", staff.odsCode()).setParameter("statuses", wanted).setMaxResults(500)
                .getResultList(), false));
    }

    /** A conversation with the internal notes; opening it marks the patient's messages read by the practice. */
    public Conversation practiceThread(long threadId) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Conversation conversation = write(em -> {
            MessageThread thread = practicesThread(em, staff, threadId);
            markRead(em, threadId, true);
            List<Message> messages = em.createQuery("select m from Message m where m.threadId = :thread"
                    + " order by m.sentAt, m.id", Message.class).setParameter("thread", threadId).getResultList();
            return new Conversation(ThreadReads.summaries(em, List.of(thread), false).get(0), messages,
                    ThreadReads.attachments(em, messages));
        });
        access.auditPatient(conversation.thread().patientId(), "MESSAGE_THREAD_VIEWED_BY_STAFF",
                "conversation " + threadId);
        return conversation;
    }

    /** Replies to the patient, who is notified that there is a new message; the conversation awaits them. */
    public void practiceReply(long threadId, String body) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String cleanBody = Texts.required(body, MAX_BODY, "The message");
        Notification notification = write(em -> {
            MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
            if (thread == null || !thread.practiceOds().equals(staff.odsCode())) {
                throw notFound();
            }
            LocalDateTime now = now();
            em.persist(new Message(threadId, false, false, staff.displayName(), cleanBody, now));
            thread.messaged(now, ThreadStatus.AWAITING_PATIENT);
            Notification queued = new Notification(staff.odsCode(), thread.patientId(), threadId, thread.accountId(),
                    now);
            em.persist(queued);
            return queued;
        });
        access.auditPatient(notification.patientId(), "MESSAGE_SENT_BY_PRACTICE", "conversation " + threadId);
        deliver(notification.id());
    }

    /** A note for colleagues, never shown to the citizen. */
    public void note(long threadId, String text) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String cleanText = Texts.required(text, MAX_BODY, "The note");
        long patientId = write(em -> {
            MessageThread thread = practicesThread(em, staff, threadId);
            em.persist(new Message(threadId, false, true, staff.displayName(), cleanText, now()));
            return thread.patientId();
        });
        access.auditPatient(patientId, "MESSAGE_NOTE_ADDED", "conversation " + threadId);
    }

    public void assign(long threadId, String to) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String who = Texts.optional(to, 120, "The assignee");
        long patientId = write(em -> {
            MessageThread thread = practicesThread(em, staff, threadId);
            thread.assign(who);
            return thread.patientId();
        });
        access.auditPatient(patientId, "MESSAGE_THREAD_ASSIGNED", "conversation " + threadId + " to "
                + (who == null ? "nobody" : who));
    }

    public void setStatus(long threadId, ThreadStatus status) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        if (status == null) {
            throw new IllegalArgumentException("Choose a status.");
        }
        long patientId = write(em -> {
            MessageThread thread = practicesThread(em, staff, threadId);
            thread.status(status);
            return thread.patientId();
        });
        access.auditPatient(patientId, "MESSAGE_THREAD_" + status.name(), "conversation " + threadId);
    }

    /** The practice's recipients, for assigning and for its pages. */
    public List<Recipient> practiceRecipients() {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        return read(em -> em.createQuery("select r from Recipient r where r.practiceOds = :ods order by r.id",
                Recipient.class).setParameter("ods", staff.odsCode()).getResultList());
    }

    // ---- the rules at work -------------------------------------------------------------------------------------

    /** Who wrote it: the citizen, and for whom when they write as a proxy. */
    static String writer(CurrentCitizen citizen) {
        return citizen.actingFor().self() ? citizen.displayName()
                : citizen.displayName() + " (" + citizen.actingFor().relationship().toLowerCase(Locale.UK) + ") for "
                + citizen.actingFor().displayName();
    }

    /** Tries to send a queued notification; one that cannot be sent now stays in the outbox, unsent. */
    private void deliver(long notificationId) {
        write(em -> {
            Notification notification = em.find(Notification.class, notificationId);
            if (notification != null && notification.sentAt() == null && notification.accountId() != null) {
                sender.send(notification.accountId(), notification.text())
                        .ifPresent(channel -> notification.sent(channel, now()));
            }
            return null;
        });
    }

    private void markRead(EntityManager em, long threadId, boolean patientsMessages) {
        em.createQuery("select m from Message m where m.threadId = :thread and m.fromPatient = :fromPatient"
                        + " and m.internalNote = false and m.readAt is null", Message.class)
                .setParameter("thread", threadId).setParameter("fromPatient", patientsMessages).getResultList()
                .forEach(m -> m.read(now()));
    }

    private MessageThread citizensThread(EntityManager em, CurrentCitizen citizen, long threadId) {
        MessageThread thread = em.find(MessageThread.class, threadId);
        if (thread == null || thread.patientId() != citizen.actingFor().patientId()
                || !thread.practiceOds().equals(citizen.odsCode())) {
            throw notFound();
        }
        return thread;
    }

    static MessageThread practicesThread(EntityManager em, CurrentStaff staff, long threadId) {
        MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null || !thread.practiceOds().equals(staff.odsCode())) {
            throw notFound();
        }
        return thread;
    }

    static MessagingRefused notFound() {
        return new MessagingRefused(MessagingRefused.Reason.NOT_FOUND, "There is no such conversation.");
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private <T> T read(Function<EntityManager, T> work) {
        return UnitsOfWork.read(factory, work);
    }

    private <T> T write(Function<EntityManager, T> work) {
        return UnitsOfWork.write(factory, work);
    }
}
