package org.citizenservices.messaging.internal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.citizenservices.messaging.internal.AttachmentFile;
import org.citizenservices.messaging.internal.AttachmentInfo;
import org.citizenservices.messaging.internal.MessagingRefused;

import java.io.ByteArrayInputStream;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/** The message pages' file pieces: a link that opens an attachment, and an upload box for one. */
final class Files {

    private Files() {
    }

    /**
     * A link opening the attachment in the browser. The download runs outside the page's request: the reader's
     * access is checked under the session lock, by the same service call as the page's.
     */
    static Anchor link(AttachmentInfo attachment, LongFunction<AttachmentFile> open) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            VaadinSession session = event.getSession();
            session.lock();
            try {
                AttachmentFile file = open.apply(attachment.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            } catch (MessagingRefused refused) {
                return DownloadResponse.error(404, refused.getMessage());
            } finally {
                session.unlock();
            }
        }).inline(), attachment.fileName() + " (" + Math.max(1, attachment.size() / 1024) + " KB)");
        link.setId("attachment-" + attachment.id());
        link.setTarget("_blank");
        return link;
    }

    /** An upload box for one PNG, JPEG or PDF of at most 5 MiB; the file is checked again, from its bytes, on save. */
    static Upload upload(String id, BiConsumer<String, byte[]> received) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received.accept(metadata.fileName(),
                bytes)));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        return upload;
    }
}
