package org.citizenservices.host.uploads;

import org.citizenservices.spi.ApiUpload;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How large uploads may be: {@code max-file-size} (default 5 MiB, {@link ApiUpload#MAX_BYTES}) and
 * {@code max-message-size} (default 10 MiB, the files of one message together), from the file named by
 * {@code -D}{@value #FILE_PROPERTY} (the launcher names {@code conf/uploads.properties}), each overridden by the
 * system property {@code citizenservices.upload.<key>}. A size is bytes, or a number with {@code KiB} or {@code MiB}.
 */
public record UploadLimits(long maxFileBytes, long maxMessageBytes) {

    public static final String FILE_PROPERTY = "citizenservices.uploads";
    public static final long DEFAULT_MAX_FILE = ApiUpload.MAX_BYTES;
    public static final long DEFAULT_MAX_MESSAGE = 10L * 1024 * 1024;
    /** Files live in a database column and pass through memory once when stored: keep them well below that. */
    static final long CEILING = 64L * 1024 * 1024;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(|b|bytes|kib|kb|k|mib|mb|m)");

    public UploadLimits {
        if (maxFileBytes < 1 || maxFileBytes > CEILING) {
            throw new IllegalArgumentException("max-file-size must be between 1 byte and 64 MiB, not " + maxFileBytes);
        }
        if (maxMessageBytes < maxFileBytes || maxMessageBytes > 8 * CEILING) {
            throw new IllegalArgumentException("max-message-size must be at least max-file-size and at most 512 MiB,"
                    + " not " + maxMessageBytes);
        }
    }

    public static UploadLimits defaults() {
        return new UploadLimits(DEFAULT_MAX_FILE, DEFAULT_MAX_MESSAGE);
    }

    /** This installation's limits: its settings file and system properties over the defaults. */
    public static UploadLimits configured() {
        Properties settings = new Properties();
        String file = System.getProperty(FILE_PROPERTY, "");
        if (!file.isBlank() && Files.isRegularFile(Path.of(file))) {
            try (Reader in = Files.newBufferedReader(Path.of(file))) {
                settings.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the upload settings " + file, e);
            }
        }
        return new UploadLimits(size(settings, "max-file-size", DEFAULT_MAX_FILE),
                size(settings, "max-message-size", DEFAULT_MAX_MESSAGE));
    }

    static long size(Properties settings, String key, long fallback) {
        String value = System.getProperty("citizenservices.upload." + key, settings.getProperty(key, ""));
        if (value.isBlank()) {
            return fallback;
        }
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be bytes or a number of KiB or MiB, not '" + value + "'");
        }
        long number = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "kib", "kb", "k" -> number * 1024;
            case "mib", "mb", "m" -> number * 1024 * 1024;
            default -> number;
        };
    }

    /** The allowed types as people know them: "a PDF, a PNG or a JPEG". */
    static String names(Set<String> types) {
        Set<String> names = new TreeSet<>();
        for (String type : types) {
            names.add(switch (type) {
                case "application/pdf" -> "a PDF";
                case "image/png" -> "a PNG image";
                case "image/jpeg" -> "a JPEG image";
                default -> type;
            });
        }
        return String.join(" or ", names);
    }
}
