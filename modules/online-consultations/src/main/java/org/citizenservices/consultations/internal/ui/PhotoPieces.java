package org.citizenservices.consultations.internal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.citizenservices.consultations.internal.ConsultationPhotos;
import org.citizenservices.consultations.internal.PhotoFile;
import org.citizenservices.consultations.internal.PhotoInfo;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.UploadPolicy;
import org.citizenservices.spi.UploadReceiver;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/** The pages' photo pieces: the citizen's box for a medical request's photo, and a link that opens one. */
final class PhotoPieces {

    private PhotoPieces() {
    }

    /**
     * A box for one PNG or JPEG within the installation's file limit, which it says before a file is chosen. The
     * server counts and reads the type from the bytes as they arrive ({@link UploadReceiver}); the service checks the
     * file again when it stores it. {@code chosen} gets the bytes (null once the person removes the file).
     */
    static Div box(ConsultationPhotos photos, Consumer<byte[]> chosen, Consumer<String> refused) {
        UploadPolicy policy = photos.policy();
        Upload upload = new Upload(new UploadReceiver(policy, ConsultationPhotos.TYPES,
                (fileName, content) -> chosen.accept(content), refused));
        upload.setId("consultation-photo");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, policy.maxFileBytes()));
        upload.setAcceptedFileTypes("image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.addFileRejectedListener(rejected -> refused.accept(rejected.getFileName() + " cannot be added: "
                + (rejected.getErrorMessage().toLowerCase(java.util.Locale.UK).contains("big")
                ? "a photo is at most " + UploadPolicy.describe(policy.maxFileBytes()) + "."
                : "add a photo (PNG or JPEG).")));
        upload.addFileRemovedListener(removed -> chosen.accept(null));
        upload.getElement().setAttribute("aria-describedby", "consultation-photo-rules");
        Paragraph rules = new Paragraph(photos.rules());
        rules.setId("consultation-photo-rules");
        Div box = new Div(rules, upload);
        box.setId("consultation-photo-box");
        return box;
    }

    /**
     * A link opening the photo in the browser. The download runs outside the page's request: the reader's access is
     * checked under the session lock, by the same service call as the page's.
     */
    static Anchor link(long consultationId, PhotoInfo photo, LongFunction<PhotoFile> open) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            VaadinSession session = event.getSession();
            session.lock();
            try {
                PhotoFile file = open.apply(consultationId);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            } catch (ApiProblem refused) {
                return DownloadResponse.error(refused.status(), refused.getMessage());
            } finally {
                session.unlock();
            }
        }).inline(), "Open the photo (" + Math.max(1, photo.size() / 1024) + " KB)");
        link.setId("consultation-photo-" + consultationId);
        link.setTarget("_blank");
        return link;
    }
}
