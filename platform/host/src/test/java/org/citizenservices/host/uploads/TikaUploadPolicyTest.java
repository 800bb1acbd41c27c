package org.citizenservices.host.uploads;

import org.citizenservices.spi.UploadRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The type of an upload is what its bytes are (Apache Tika), never its name; the size is the installation's. */
class TikaUploadPolicyTest {

    static final Set<String> PHOTOS_OR_PDF = Set.of("application/pdf", "image/png", "image/jpeg");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1,
            1, 0, 0, 1, 0, 1, 0, 0};
    /** The start of a Windows program: the DOS header "MZ", then its stub's text. */
    static final byte[] EXE = ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff"
            + "This program cannot be run in DOS mode.").getBytes(StandardCharsets.ISO_8859_1);

    final TikaUploadPolicy policy = new TikaUploadPolicy(new UploadLimits(1024, 2048));

    @TempDir
    Path dir;

    @Test
    void allowedImagesAndPdfs_areKnownByTheirBytes() throws Exception {
        assertThat(policy.check(PNG, PHOTOS_OR_PDF)).isEqualTo("image/png");
        assertThat(policy.check(JPEG, PHOTOS_OR_PDF)).isEqualTo("image/jpeg");
        assertThat(policy.check(write("scan.pdf", PDF), PHOTOS_OR_PDF)).isEqualTo("application/pdf");
    }

    @Test
    void plainText_isKnownAsText_forTheRecordsDocuments() {
        assertThat(policy.check("Discharge summary: well.\n".getBytes(StandardCharsets.UTF_8),
                Set.of("text/plain"))).isEqualTo("text/plain");
        assertThat(policy.withMaxFileBytes(2048).maxFileBytes()).isEqualTo(2048);
    }

    @Test
    void aPdfNamedPng_isAPdf_andRefusedWhereOnlyImagesAre() throws Exception {
        Path named = write("photo.png", PDF);

        assertThat(policy.check(named, PHOTOS_OR_PDF)).isEqualTo("application/pdf");
        assertThatThrownBy(() -> policy.check(named, Set.of("image/png", "image/jpeg")))
                .isInstanceOf(UploadRefused.class).hasMessageContaining("whatever its name says")
                .extracting(e -> ((UploadRefused) e).status()).isEqualTo(415);
    }

    @Test
    void aProgramRenamedPdf_isRefused415() throws Exception {
        Path named = write("letter.pdf", EXE);

        assertThatThrownBy(() -> policy.check(named, PHOTOS_OR_PDF)).isInstanceOf(UploadRefused.class)
                .hasMessageContaining("not a JPEG image or a PDF or a PNG image")
                .extracting(e -> ((UploadRefused) e).reason()).isEqualTo(UploadRefused.Reason.UNSUPPORTED_TYPE);
        assertThatThrownBy(() -> policy.check(EXE, PHOTOS_OR_PDF)).isInstanceOf(UploadRefused.class);
        assertThatThrownBy(() -> policy.check("<html><script>alert(1)</script></html>".getBytes(
                StandardCharsets.US_ASCII), PHOTOS_OR_PDF)).isInstanceOf(UploadRefused.class);
    }

    @Test
    void anEmptyOrOversizedFile_isRefused_beforeItsTypeIsRead() throws Exception {
        byte[] big = new byte[1025];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThatThrownBy(() -> policy.check(big, PHOTOS_OR_PDF)).isInstanceOf(UploadRefused.class)
                .hasMessage("A file is at most 1 KiB.").extracting(e -> ((UploadRefused) e).status()).isEqualTo(413);
        assertThatThrownBy(() -> policy.check(write("big.pdf", big), PHOTOS_OR_PDF))
                .extracting(e -> ((UploadRefused) e).status()).isEqualTo(413);
        assertThatThrownBy(() -> policy.check(new byte[0], PHOTOS_OR_PDF))
                .extracting(e -> ((UploadRefused) e).status()).isEqualTo(400);
    }

    @Test
    void theLimits_defaultTo5And10MiB_andReadSizesAsPeopleWriteThem() {
        assertThat(UploadLimits.defaults()).isEqualTo(new UploadLimits(5L << 20, 10L << 20));
        Properties settings = new Properties();
        settings.setProperty("max-file-size", "2 MiB");
        settings.setProperty("max-message-size", "512KiB");
        assertThat(UploadLimits.size(settings, "max-file-size", 1)).isEqualTo(2L << 20);
        assertThat(UploadLimits.size(settings, "max-message-size", 1)).isEqualTo(512L << 10);
        assertThat(UploadLimits.size(settings, "absent", 7)).isEqualTo(7);
        settings.setProperty("max-file-size", "lots");
        assertThatThrownBy(() -> UploadLimits.size(settings, "max-file-size", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-file-size");
        assertThatThrownBy(() -> new UploadLimits(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }
}
