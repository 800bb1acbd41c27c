package org.citizenservices.messaging.internal;

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
import org.citizenservices.spi.UploadRefused;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Files on messages (GP-CWP-1): a PNG, JPEG or PDF — its type read by the host from its bytes ({@link UploadPolicy}),
 * never its name — within the installation's maximum per file and per message (all its files together), at most
 * {@link #MAX_PER_MESSAGE} to a message, and only on the writer's latest message before the other side answers it.
 * Everything is checked before anything is stored: a refused file leaves no row.
 */
public final class MessageAttachments {

    /** The types a message may carry, as read from the content. */
    public static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg");
    public static final int MAX_PER_MESSAGE = 5;

    private final EntityManagerFactory factory;
    private final ServiceAccess access;
    private final Clock clock;
    private final UploadPolicy uploads;

    MessageAttachments(EntityManagerFactory factory, ServiceAccess access, Clock clock, UploadPolicy uploads) {
        this.factory = factory;
        this.access = access;
        this.clock = clock;
        this.uploads = uploads;
    }

    /** The installation's limits, to show before anyone chooses a file. */
    public UploadPolicy policy() {
        return uploads;
    }

    /** What the upload boxes say: the types and both limits. */
    public String rules() {
        return "A photo (PNG or JPEG) or a PDF, at most " + UploadPolicy.describe(uploads.maxFileBytes())
                + " a file and " + UploadPolicy.describe(uploads.maxMessageBytes()) + " for a message's files"
                + " together, up to " + MAX_PER_MESSAGE + " files.";
    }

    /**
     * Attaches a file to the citizen's latest message in the conversation — while it is the conversation's latest
     * (the practice has not answered it yet).
     */
    public Attachment attach(long threadId, String fileName, byte[] content) {
        CurrentCitizen citizen = access.require(CitizenService.MESSAGING);
        String type = checkFile(content);
        Attachment added = UnitsOfWork.write(factory, em -> {
            MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
            if (thread == null || thread.patientId() != citizen.actingFor().patientId()
                    || !thread.practiceOds().equals(citizen.odsCode())) {
                throw PracticeMessages.notFound();
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
        AttachmentFile file = UnitsOfWork.read(factory, em -> {
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

    /** Attaches a file to the practice's latest reply, while it is the conversation's latest message. */
    public Attachment practiceAttach(long threadId, String fileName, byte[] content) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        String type = checkFile(content);
        long[] patient = {0};
        Attachment added = UnitsOfWork.write(factory, em -> {
            MessageThread thread = PracticeMessages.practicesThread(em, staff, threadId);
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
        return UnitsOfWork.read(factory, em -> {
            Attachment attachment = em.find(Attachment.class, attachmentId);
            MessageThread thread = attachment == null ? null : em.find(MessageThread.class, attachment.threadId());
            if (thread == null || !thread.practiceOds().equals(staff.odsCode())) {
                throw new MessagingRefused(MessagingRefused.Reason.NOT_FOUND, "There is no such attachment.");
            }
            return new AttachmentFile(attachment.fileName(), attachment.contentType(), attachment.content());
        });
    }

    /** The host's check (size, then type from the bytes), in this module's terms. */
    private String checkFile(byte[] content) {
        try {
            return uploads.check(content == null ? new byte[0] : content, TYPES);
        } catch (UploadRefused refused) {
            throw switch (refused.reason()) {
                case EMPTY -> new IllegalArgumentException(refused.getMessage());
                case TOO_LARGE -> new MessagingRefused(MessagingRefused.Reason.TOO_LARGE, refused.getMessage());
                case UNSUPPORTED_TYPE -> new MessagingRefused(MessagingRefused.Reason.UNSUPPORTED_FILE,
                        "Attach a photo (PNG or JPEG) or a PDF; this file is neither, whatever its name says.");
            };
        }
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
        Object[] already = em.createQuery("select count(a), coalesce(sum(a.size), 0) from Attachment a"
                + " where a.messageId = :message", Object[].class).setParameter("message", message.id())
                .getSingleResult();
        if (((Number) already[0]).longValue() >= MAX_PER_MESSAGE) {
            throw new MessagingRefused(MessagingRefused.Reason.TOO_LARGE, "A message carries at most "
                    + MAX_PER_MESSAGE + " files.");
        }
        if (((Number) already[1]).longValue() + content.length > uploads.maxMessageBytes()) {
            throw new MessagingRefused(MessagingRefused.Reason.TOO_LARGE, "A message's files are at most "
                    + UploadPolicy.describe(uploads.maxMessageBytes()) + " together; this one would take it over.");
        }
        Attachment attachment = new Attachment(message.id(), thread.id(), AttachmentTypes.fileName(fileName, type),
                type, content, LocalDateTime.now(clock));
        em.persist(attachment);
        em.flush();
        return attachment;
    }
}
