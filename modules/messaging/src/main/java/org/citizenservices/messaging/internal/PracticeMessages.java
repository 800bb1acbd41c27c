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

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    public PracticeMessages(EntityManagerFactory factory, ServiceAccess access, Clock clock, NotificationSender sender) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
        this.sender = sender;
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
        List<ThreadSummary> threads = read(em -> summaries(em, em.createQuery("select t from MessageThread t"
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
            return new Conversation(summaries(em, List.of(thread), true).get(0), messages,
                    attachments(em, messages));
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

    /**
     * Attaches a file to the citizen's latest message in the conversation — while it is the conversation's latest
     * (the practice has not answered it yet). PNG, JPEG or PDF by its bytes, at most 5 MiB, five to a message.
     */
    public Attachment attach(long threadId, String fileName, byte[] content) {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        String type = checkFile(content);
        Attachment added = write(em -> {
            MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
            if (thread == null || thread.patientId() != citizen.actingFor().patientId()
                    || !thread.practiceOds().equals(citizen.odsCode())) {
                throw notFound();
            }
            return addTo(em, thread, true, fileName, type, content);
        });
        access.audit("MESSAGE_ATTACHMENT_ADDED", "conversation " + threadId + ", attachment " + added.id() + ", "
                + type + ", " + added.size() + " bytes");
        return added;
    }

    /** An attachment of one of the patient's conversations (never of an internal note). */
    public AttachmentFile attachment(long attachmentId) {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        AttachmentFile file = read(em -> {
            Attachment attachment = em.find(Attachment.class, attachmentId);
            if (attachment == null) {
                return null;
            }
            MessageThread thread = em.find(MessageThread.class, attachment.threadId());
            Message message = em.find(Message.class, attachment.messageId());
            if (thread == null || thread.patientId() != citizen.actingFor().patientId()
                    || !thread.practiceOds().equals(citizen.odsCode()) || message == null || message.internalNote()) {
                return null;
            }
            return new AttachmentFile(attachment.fileName(), attachment.contentType(), attachment.content());
        });
        if (file == null) {
            throw new MessagingRefused(MessagingRefused.Reason.NOT_FOUND, "There is no such attachment.");
        }
        access.audit("MESSAGE_ATTACHMENT_OPENED", "attachment " + attachmentId);
        return file;
    }

    // ---- the practice ------------------------------------------------------------------------------------------

    /** The practice's inbox: conversations in these statuses, most recent first. */
    public List<ThreadSummary> inbox(Set<ThreadStatus> statuses) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        Set<ThreadStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ThreadStatus.class) : statuses;
        return read(em -> summaries(em, em.createQuery("select t from MessageThread t where t.practiceOds = :ods"
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
            return new Conversation(summaries(em, List.of(thread), false).get(0), messages,
                    attachments(em, messages));
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

    /** Attaches a file to the practice's latest reply, while it is the conversation's latest message. */
    public Attachment practiceAttach(long threadId, String fileName, byte[] content) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String type = checkFile(content);
        long[] patient = {0};
        Attachment added = write(em -> {
            MessageThread thread = practicesThread(em, staff, threadId);
            patient[0] = thread.patientId();
            return addTo(em, thread, false, fileName, type, content);
        });
        access.auditPatient(patient[0], "MESSAGE_ATTACHMENT_ADDED_BY_PRACTICE", "conversation " + threadId
                + ", attachment " + added.id());
        return added;
    }

    /** For the practice: an attachment of one of its conversations. */
    public AttachmentFile practiceAttachment(long attachmentId) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        return read(em -> {
            Attachment attachment = em.find(Attachment.class, attachmentId);
            MessageThread thread = attachment == null ? null : em.find(MessageThread.class, attachment.threadId());
            if (thread == null || !thread.practiceOds().equals(staff.odsCode())) {
                throw new MessagingRefused(MessagingRefused.Reason.NOT_FOUND, "There is no such attachment.");
            }
            return new AttachmentFile(attachment.fileName(), attachment.contentType(), attachment.content());
        });
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

    private static String checkFile(byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("The file is empty.");
        }
        if (content.length > AttachmentTypes.MAX_BYTES) {
            throw new MessagingRefused(MessagingRefused.Reason.TOO_LARGE, "A file is at most 5 MiB.");
        }
        return AttachmentTypes.sniff(content).orElseThrow(() -> new MessagingRefused(
                MessagingRefused.Reason.UNSUPPORTED_FILE, "Attach a photo (PNG or JPEG) or a PDF; this file is"
                + " neither, whatever its name says."));
    }

    /** Adds the file to the side's latest message, which must be the conversation's latest message. */
    private Attachment addTo(EntityManager em, MessageThread thread, boolean patientSide, String fileName, String type,
                             byte[] content) {
        List<Message> latest = em.createQuery("select m from Message m where m.threadId = :thread"
                        + " and m.internalNote = false order by m.sentAt desc, m.id desc", Message.class)
                .setParameter("thread", thread.id()).setMaxResults(1).getResultList();
        if (latest.isEmpty() || latest.get(0).fromPatient() != patientSide) {
            throw new MessagingRefused(MessagingRefused.Reason.NOTHING_TO_ATTACH_TO, "Write a message first: a file"
                    + " goes with your latest message, before it is answered.");
        }
        Message message = latest.get(0);
        long already = em.createQuery("select count(a) from Attachment a where a.messageId = :message", Long.class)
                .setParameter("message", message.id()).getSingleResult();
        if (already >= AttachmentTypes.MAX_PER_MESSAGE) {
            throw new MessagingRefused(MessagingRefused.Reason.TOO_LARGE, "A message carries at most "
                    + AttachmentTypes.MAX_PER_MESSAGE + " files.");
        }
        Attachment attachment = new Attachment(message.id(), thread.id(), AttachmentTypes.fileName(fileName, type),
                type, content, now());
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    private static Map<Long, List<AttachmentInfo>> attachments(EntityManager em, List<Message> messages) {
        Map<Long, List<AttachmentInfo>> byMessage = new HashMap<>();
        if (messages.isEmpty()) {
            return byMessage;
        }
        em.createQuery("select new org.citizenservices.messaging.internal.AttachmentInfo(a.id, a.messageId,"
                        + " a.fileName, a.contentType, a.size) from Attachment a where a.messageId in :ids"
                        + " order by a.id", AttachmentInfo.class)
                .setParameter("ids", messages.stream().map(Message::id).toList()).getResultList()
                .forEach(a -> byMessage.computeIfAbsent(a.messageId(), id -> new java.util.ArrayList<>()).add(a));
        return byMessage;
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

    private static MessageThread practicesThread(EntityManager em, CurrentStaff staff, long threadId) {
        MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null || !thread.practiceOds().equals(staff.odsCode())) {
            throw notFound();
        }
        return thread;
    }

    private static MessagingRefused notFound() {
        return new MessagingRefused(MessagingRefused.Reason.NOT_FOUND, "There is no such conversation.");
    }

    /** Summaries with the unread count seen from one side: the citizen's (practice messages) or the practice's. */
    private static List<ThreadSummary> summaries(EntityManager em, List<MessageThread> threads, boolean forCitizen) {
        Map<Long, Integer> unread = new HashMap<>();
        Map<Long, String> recipients = new HashMap<>();
        List<Long> ids = threads.stream().map(MessageThread::id).toList();
        if (!ids.isEmpty()) {
            em.createQuery("select m.threadId, count(m) from Message m where m.threadId in :ids and m.readAt is null"
                            + " and m.internalNote = false and m.fromPatient = :fromPatient group by m.threadId",
                            Object[].class)
                    .setParameter("ids", ids).setParameter("fromPatient", !forCitizen).getResultList()
                    .forEach(row -> unread.put((Long) row[0], ((Number) row[1]).intValue()));
            Collection<Long> recipientIds = threads.stream().map(MessageThread::recipientId)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            if (!recipientIds.isEmpty()) {
                em.createQuery("select r from Recipient r where r.id in :ids", Recipient.class)
                        .setParameter("ids", recipientIds).getResultList()
                        .forEach(r -> recipients.put(r.id(), r.name()));
            }
        }
        return threads.stream().map(t -> new ThreadSummary(t.id(), t.patientId(), t.subject(),
                t.recipientId() == null ? "The practice" : recipients.getOrDefault(t.recipientId(), "The practice"),
                t.status(), t.assignedTo(), t.lastMessageAt(), unread.getOrDefault(t.id(), 0))).toList();
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
