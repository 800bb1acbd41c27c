package org.citizenservices.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The installation's rules for files people upload, and the one check a capability runs on each: how large a file
 * and a message's files together may be (set by the host's {@code conf/uploads.properties}; 5 MiB and 10 MiB unless
 * it says otherwise), and what a file is, read from its bytes by the host (Apache Tika) — never from its name or the
 * type the browser or app declared. A capability asks {@link CapabilityContext#uploads()} and does not bundle a type
 * detector of its own.
 *
 * @since 1.7
 */
@ProviderType
public interface UploadPolicy {

    /** The largest file the installation accepts, in bytes. */
    long maxFileBytes();

    /** The largest total of the files one message (or other item) carries, in bytes; at least the file maximum. */
    long maxMessageBytes();

    /**
     * The same check with another per-file maximum, for an upload whose own documented limit differs from the
     * installation's (a practice's clinical documents, say); at most 64 MiB.
     */
    UploadPolicy withMaxFileBytes(long maxFileBytes);

    /**
     * The file's type, read from its content, when it is one of {@code allowedTypes} (such as {@code image/png}).
     *
     * @throws UploadRefused when it is empty ({@code 400}), larger than {@link #maxFileBytes()} ({@code 413}) or of
     *                       another type, whatever its name says ({@code 415}); the message is safe to show
     */
    String check(byte[] content, Set<String> allowedTypes);

    /** {@link #check(byte[], Set)} for a file on disk (an upload streamed to a temporary file), without loading it. */
    String check(Path file, Set<String> allowedTypes);

    /** A size as people read it: {@code 5 MiB}, {@code 512 KiB}, {@code 100 bytes}. */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.UK, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
