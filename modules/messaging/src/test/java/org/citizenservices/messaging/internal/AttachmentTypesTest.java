package org.citizenservices.messaging.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a stored attachment goes by: no paths, no odd characters, the extension of its real type. */
class AttachmentTypesTest {

    @Test
    void theStoredName_losesPathsAndOddCharacters_andTakesTheTypesExtension() {
        assertThat(AttachmentTypes.fileName("..\\..\\x/y/Letter from\"hospital\".exe", "application/pdf"))
                .isEqualTo("Letter-from-hospital-.pdf");
        assertThat(AttachmentTypes.fileName("photo.JPG", "image/jpeg")).isEqualTo("photo.jpg");
        assertThat(AttachmentTypes.fileName("", "image/png")).isEqualTo("attachment.png");
        assertThat(AttachmentTypes.fileName(null, "image/png")).isEqualTo("attachment.png");
    }
}
