package org.citizenservices.record.internal;

import org.citizenservices.spi.FhirResource;
import org.citizenservices.spi.UploadPolicy;
import org.citizenservices.spi.UploadRefused;

import java.time.LocalDateTime;
import java.util.Base64;

/**
 * A UK Core DocumentReference as a document of the record: its title (description, else the type's text or display,
 * else the attachment's title), its date (the document's date, else the period it covers, else when the attachment
 * was made), its author, and the file carried inline in {@code content[0].attachment.data}. The file passes the same
 * check as a practice user's upload: its type read from its bytes, a PDF, PNG, JPEG or plain text, at most 10 MiB —
 * and it must be what the resource says it is. A file given only by URL is refused: we fetch nothing from elsewhere.
 */
final class FhirDocuments {

    static final String TYPE = "DocumentReference";

    /** A document ready to store: the entry, its file and the type read from the file. */
    record Document(NewEntry entry, byte[] content, String contentType, boolean enteredInError) {
    }

    private FhirDocuments() {
    }

    /** @throws IllegalArgumentException saying what is wrong with the resource or its file */
    static Document document(FhirResource resource, Source source, UploadPolicy uploads) {
        if ("entered-in-error".equals(resource.text("status").orElse(""))
                || "entered-in-error".equals(resource.text("docStatus").orElse(""))) {
            return new Document(null, null, null, true);
        }
        String title = resource.text("description").or(() -> resource.text("type", "text"))
                .or(() -> resource.text("type", "coding", 0, "display"))
                .or(() -> resource.text("content", 0, "attachment", "title"))
                .orElseThrow(() -> new IllegalArgumentException("DocumentReference needs a description, a type or "
                        + "an attachment title."));
        LocalDateTime at = resource.dateTime("date").or(() -> resource.dateTime("context", "period", "start"))
                .or(() -> resource.dateTime("content", 0, "attachment", "creation"))
                .orElseThrow(() -> new IllegalArgumentException("DocumentReference needs a date (date, "
                        + "context.period.start or the attachment's creation)."));
        String author = resource.text("author", 0, "display").orElse(null);
        Source by = author == null ? source : new Source(source.organisation(), source.system(),
                author.length() > 120 ? author.substring(0, 120) : author, source.role());
        String data = resource.text("content", 0, "attachment", "data").orElse(null);
        if (data == null) {
            throw new IllegalArgumentException(resource.text("content", 0, "attachment", "url").isPresent()
                    ? "The document is given only by URL; send the file itself in content[0].attachment.data."
                    : "DocumentReference needs its file in content[0].attachment.data.");
        }
        byte[] content = decoded(data, uploads.maxFileBytes());
        String detected;
        try {
            detected = uploads.check(content, RecordKeeping.DOCUMENT_TYPES);
        } catch (UploadRefused refused) {
            throw new IllegalArgumentException("The document's file is refused: " + refused.getMessage());
        }
        String declared = resource.text("content", 0, "attachment", "contentType").orElse(detected);
        if (!declared.split(";")[0].trim().equalsIgnoreCase(detected)) {
            throw new IllegalArgumentException("The document says it is " + declared + " but its bytes are "
                    + detected + ".");
        }
        NewEntry entry = NewEntry.coded(EntryType.CLINICAL_DOCUMENT, null, title, at, by);
        return new Document(resource.restricted() ? entry.markedRestricted() : entry, content, detected, false);
    }

    /**
     * The file from FHIR's base64Binary (whitespace allowed between its characters, as MIME line breaks), counted
     * before decoding so an oversized one is refused without a second copy in memory. Base64's MIME decoder skips
     * what is not base64, so anything else is refused here rather than decoded into a different file.
     */
    private static byte[] decoded(String data, long maxBytes) {
        long symbols = 0;
        int padding = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            boolean base64 = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
                    || c == '/';
            if (c == '=') {
                padding++;
            } else if (!base64 || padding > 0) {
                throw new IllegalArgumentException("The document's data is not base64.");
            }
            symbols++;
        }
        if (symbols % 4 != 0 || padding > 2) {
            throw new IllegalArgumentException("The document's data is not base64.");
        }
        if (symbols / 4 * 3 - padding > maxBytes) {
            throw new IllegalArgumentException("The document's file is refused: a file is at most "
                    + UploadPolicy.describe(maxBytes) + ".");
        }
        return Base64.getMimeDecoder().decode(data);
    }
}
