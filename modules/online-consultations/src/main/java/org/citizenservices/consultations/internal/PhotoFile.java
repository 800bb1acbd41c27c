package org.citizenservices.consultations.internal;

/** A request's photo to open: a name to save it under, its type read from the file, and its bytes. */
public record PhotoFile(String fileName, String contentType, byte[] content) {
}
