package org.citizenservices.messaging.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message may carry (GP-CWP-1): PNG, JPEG or PDF, decided by the bytes, never by the name. */
class AttachmentTypesTest {

    @Test
    void theThreeTypes_areKnownByTheirFirstBytes() {
        assertThat(AttachmentTypes.sniff("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                .hasValue("application/pdf");
        assertThat(AttachmentTypes.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .hasValue("image/png");
        assertThat(AttachmentTypes.sniff(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .hasValue("image/jpeg");
    }

    @Test
    void anythingElse_isRefused_whateverItIsCalled() {
        assertThat(AttachmentTypes.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentTypes.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentTypes.sniff(new byte[]{'%', 'P', 'D'})).isEmpty();
        assertThat(AttachmentTypes.sniff(new byte[0])).isEmpty();
    }

    @Test
    void theStoredName_losesPathsAndOddCharacters_andTakesTheTypesExtension() {
        assertThat(AttachmentTypes.fileName("..\\..\\x/y/Letter from\"hospital\".exe", "application/pdf"))
                .isEqualTo("Letter-from-hospital-.pdf");
        assertThat(AttachmentTypes.fileName("photo.JPG", "image/jpeg")).isEqualTo("photo.jpg");
        assertThat(AttachmentTypes.fileName("", "image/png")).isEqualTo("attachment.png");
        assertThat(AttachmentTypes.fileName(null, "image/png")).isEqualTo("attachment.png");
    }
}
