package org.citizenservices.messaging.internal;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads that list conversations and their files in one query each, for whichever side is looking. */
final class ThreadReads {

    private ThreadReads() {
    }

    static Map<Long, List<AttachmentInfo>> attachments(EntityManager em, List<Message> messages) {
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

    /** Summaries with the unread count seen from one side: the citizen's (practice messages) or the practice's. */
    static List<ThreadSummary> summaries(EntityManager em, List<MessageThread> threads, boolean forCitizen) {
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
}
