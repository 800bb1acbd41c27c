package org.citizenservices.host.uploads;

import org.citizenservices.spi.UploadReceiver;
import org.citizenservices.spi.UploadRefused;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A portal upload is counted while it arrives and stopped at the maximum, its type read from the bytes; no file stays.
 */
class UploadReceiverTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    final TikaUploadPolicy policy = new TikaUploadPolicy(new UploadLimits(4096, 8192));

    @Test
    void aFileWithinTheLimit_ofAnAllowedType_isReceived() throws Exception {
        long before = temporaryFiles();

        assertThat(UploadReceiver.receive(new ByteArrayInputStream(PDF), policy, TYPES))
                .isEqualTo(PDF);
        assertThat(temporaryFiles()).isEqualTo(before);
    }

    @Test
    void anEndlessUpload_isStoppedJustPastTheMaximum_andLeavesNothing() throws Exception {
        long before = temporaryFiles();
        Endless endless = new Endless();

        assertThatThrownBy(() -> UploadReceiver.receive(endless, policy, TYPES))
                .isInstanceOf(UploadRefused.class).hasMessage("A file is at most 4 KiB.")
                .extracting(e -> ((UploadRefused) e).status()).isEqualTo(413);
        assertThat(endless.read).isLessThanOrEqualTo(4096 + 8192);
        assertThat(temporaryFiles()).isEqualTo(before);
    }

    @Test
    void aPageNamedPdf_isRefusedByItsContent_andLeavesNothing() throws Exception {
        long before = temporaryFiles();

        assertThatThrownBy(() -> UploadReceiver.receive(new ByteArrayInputStream("<html><body>invoice</body></html>"
                .getBytes(StandardCharsets.US_ASCII)), policy, TYPES))
                .isInstanceOf(UploadRefused.class).extracting(e -> ((UploadRefused) e).status()).isEqualTo(415);
        assertThat(temporaryFiles()).isEqualTo(before);
    }

    private static long temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("citizen-services-upload-")).count();
        }
    }

    /** A PDF that never ends — unless the reader stops; fails the test rather than fill the disk. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read > 1024 * 1024) {
                throw new AssertionError("the upload was not stopped");
            }
            int n = Math.min(len, 1024);
            for (int i = 0; i < n; i++) {
                b[off + i] = read + i < PDF.length ? PDF[(int) read + i] : 0;
            }
            read += n;
            return n;
        }
    }
}
