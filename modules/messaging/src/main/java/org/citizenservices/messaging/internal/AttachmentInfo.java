package org.citizenservices.messaging.internal;

/** What a message's list shows of an attachment: never its bytes, which are read only when it is opened. */
public record AttachmentInfo(long id, long messageId, String fileName, String contentType, int size) {
}
