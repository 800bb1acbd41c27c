package org.citizenservices.spi;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives a portal upload without holding it in memory while it arrives: the bytes go to a temporary file and are
 * counted, and the transfer stops the moment they pass the installation's maximum — whatever the browser was told
 * ({@code setMaxFileSize} only keeps honest browsers from sending). The host then reads the type from the file; only
 * a file within the limit and of an allowed type is read into memory, once, to be stored. The temporary file is
 * deleted whatever happens. A refusal goes back to the page as a message and to the browser as 413 or 415.
 *
 * <p>Give it to a Vaadin {@code Upload} ({@code new Upload(receiver)}) with {@code setMaxFileSize(maxFileBytes)}
 * and {@code setMaxFiles(1)}; {@code received} and {@code refused} run under the page's lock ({@code UI.access}).
 *
 * @since 1.7
 */
public final class UploadReceiver implements UploadHandler {

    /** Room for the multipart framing around the one file. */
    private static final long FRAMING = 64 * 1024;

    private final UploadPolicy policy;
    private final Set<String> types;
    private final BiConsumer<String, byte[]> received;
    private final Consumer<String> refused;
    // the status of a refused upload, from handleUploadRequest to responseHandled: one request, one thread (static:
    // a handler lives in the session, a ThreadLocal does not serialize)
    private static final ThreadLocal<Integer> REFUSAL = new ThreadLocal<>();

    /**
     * @param types    the allowed types, as read from the content ({@code image/png}…)
     * @param received the file's name as sent (untrusted) and its bytes, within the limit and of an allowed type
     * @param refused  why the file was refused, safe to show
     */
    public UploadReceiver(UploadPolicy policy, Set<String> types, BiConsumer<String, byte[]> received,
                          Consumer<String> refused) {
        this.policy = policy;
        this.types = types;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        try {
            if (event.getFileSize() > policy.maxFileBytes()) {
                throw tooLarge();
            }
            byte[] content = receive(event.getInputStream(), policy, types);
            ui.access(() -> received.accept(name, content));
        } catch (UploadRefused no) {
            REFUSAL.set(no.status());
            ui.access(() -> refused.accept(no.getMessage()));
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        Integer status = REFUSAL.get();
        REFUSAL.remove();
        if (success && status != null) {
            response.setStatus(status);
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    @Override
    public long getRequestSizeMax() {
        // a request declaring more than one file's worth is refused before it is read
        return policy.maxFileBytes() + FRAMING;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /**
     * The file's bytes when it is within the maximum and of one of {@code types} by its content; else
     * {@link UploadRefused}, having read at most one byte more than the maximum. Nothing stays on disk.
     */
    public static byte[] receive(InputStream in, UploadPolicy policy, Set<String> types) throws IOException {
        Path temp = Files.createTempFile("citizen-services-upload-", ".part");
        try {
            try (in; OutputStream out = new Counted(Files.newOutputStream(temp), policy.maxFileBytes())) {
                in.transferTo(out);
            } catch (OverLimit over) {
                throw new UploadRefused(UploadRefused.Reason.TOO_LARGE, "A file is at most "
                        + UploadPolicy.describe(policy.maxFileBytes()) + ".");
            }
            policy.check(temp, types);
            return Files.readAllBytes(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private UploadRefused tooLarge() {
        return new UploadRefused(UploadRefused.Reason.TOO_LARGE, "A file is at most "
                + UploadPolicy.describe(policy.maxFileBytes()) + ".");
    }

    /** The hard stop: the write that would pass the maximum fails, so the transfer ends there. */
    private static final class Counted extends FilterOutputStream {
        private final long max;
        private long count;

        Counted(OutputStream out, long max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            grow(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            grow(len);
            out.write(b, off, len);
        }

        private void grow(int by) throws OverLimit {
            count += by;
            if (count > max) {
                throw new OverLimit();
            }
        }
    }

    private static final class OverLimit extends IOException {
        OverLimit() {
            super("over the upload maximum");
        }
    }
}
