package org.citizenservices.host.uploads;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.citizenservices.spi.UploadPolicy;
import org.citizenservices.spi.UploadRefused;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The host's {@link UploadPolicy}: the limits of {@link UploadLimits}, and the type read by Apache Tika from the
 * content alone — the detector is never given the file's name or declared type, so a PDF named {@code photo.png} is
 * a PDF and a program named {@code letter.pdf} is a program.
 */
public final class TikaUploadPolicy implements UploadPolicy {

    // Tika's own magic-byte table (tika-core's tika-mimetypes.xml); thread-safe once built, and costly to build
    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

    /** A photo or a scan: what messages and identity evidence accept. */
    public static final Set<String> PHOTOS_OR_PDF = Set.of("application/pdf", "image/png", "image/jpeg");

    private static volatile TikaUploadPolicy installed;

    private final UploadLimits limits;

    public TikaUploadPolicy(UploadLimits limits) {
        this.limits = limits;
    }

    /**
     * The installation's policy, read once from its settings ({@link UploadLimits#configured()}): one instance for
     * the web server's multipart limits and every capability, so the two cannot disagree.
     */
    public static TikaUploadPolicy installed() {
        TikaUploadPolicy policy = installed;
        if (policy == null) {
            synchronized (TikaUploadPolicy.class) {
                if (installed == null) {
                    installed = new TikaUploadPolicy(UploadLimits.configured());
                }
                policy = installed;
            }
        }
        return policy;
    }

    /** This policy, but no larger than {@code maxBytes} a file, for a use with a smaller limit of its own. */
    public TikaUploadPolicy atMost(long maxBytes) {
        return withMaxFileBytes(Math.min(maxBytes, limits.maxFileBytes()));
    }

    @Override
    public TikaUploadPolicy withMaxFileBytes(long maxFileBytes) {
        return new TikaUploadPolicy(new UploadLimits(maxFileBytes, Math.max(maxFileBytes, limits.maxMessageBytes())));
    }

    @Override
    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    @Override
    public long maxMessageBytes() {
        return limits.maxMessageBytes();
    }

    @Override
    public String check(byte[] content, Set<String> allowedTypes) {
        long size = content == null ? 0 : content.length;
        checkSize(size);
        try (InputStream in = TikaInputStream.get(content)) {
            return allowed(detect(in), allowedTypes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String check(Path file, Set<String> allowedTypes) {
        try {
            checkSize(Files.size(file));
            try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
                return allowed(detect(in), allowedTypes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    /** The type Tika reads from the first bytes; {@code application/octet-stream} when it knows none. */
    static String detect(InputStream content) throws IOException {
        return DETECTOR.detect(content, new Metadata()).getBaseType().toString();
    }

    private void checkSize(long size) {
        if (size == 0) {
            throw new UploadRefused(UploadRefused.Reason.EMPTY, "The file is empty.");
        }
        if (size > limits.maxFileBytes()) {
            throw new UploadRefused(UploadRefused.Reason.TOO_LARGE, "A file is at most "
                    + UploadPolicy.describe(limits.maxFileBytes()) + ".");
        }
    }

    private static String allowed(String type, Set<String> allowedTypes) {
        if (!allowedTypes.contains(type)) {
            throw new UploadRefused(UploadRefused.Reason.UNSUPPORTED_TYPE, "This file is not "
                    + UploadLimits.names(allowedTypes) + ", whatever its name says: its content is " + type + ".");
        }
        return type;
    }
}
