package org.citizenservices.messaging.internal;

/** An attachment's file as it is opened. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
