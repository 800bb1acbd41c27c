package org.citizenservices.messaging.internal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.citizenservices.messaging.internal.AttachmentFile;
import org.citizenservices.messaging.internal.AttachmentInfo;
import org.citizenservices.messaging.internal.MessageAttachments;
import org.citizenservices.messaging.internal.MessagingRefused;
import org.citizenservices.spi.UploadPolicy;
import org.citizenservices.spi.UploadReceiver;

import java.io.ByteArrayInputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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

    /**
     * An upload box for one PNG, JPEG or PDF within the installation's limits, which it says before a file is chosen.
     * The browser is told the maximum too, but the server counts: see {@link UploadReceiver}. {@code received} and
     * {@code refused} run under the page's lock; the service checks the file again, from its bytes, on save.
     */
    static Upload upload(String id, MessageAttachments files, BiConsumer<String, byte[]> received,
                         Consumer<String> refused) {
        UploadPolicy policy = files.policy();
        Upload upload = new Upload(new UploadReceiver(policy, MessageAttachments.TYPES, received, refused));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxFileBytes()));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.addFileRejectedListener(rejected -> refused.accept(rejected.getFileName() + " cannot be attached: "
                + (rejected.getErrorMessage().toLowerCase(java.util.Locale.UK).contains("big")
                ? "a file is at most " + UploadPolicy.describe(policy.maxFileBytes()) + "."
                : "attach a photo (PNG or JPEG) or a PDF.")));
        upload.getElement().setAttribute("aria-describedby", id + "-rules");
        return upload;
    }

    /** The rules an upload box goes by, under its id + "-rules" for the box's description. */
    static Paragraph rules(String id, MessageAttachments files) {
        Paragraph rules = new Paragraph(files.rules());
        rules.setId(id + "-rules");
        return rules;
    }
}
