package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityCheckTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    static final byte[] PDF = "%PDF-1.7 scanned passport".getBytes();

    @Test
    void evidenceIsTypedByItsBytes_notByTheLabelTheBrowserGave() {
        assertThat(new IdentityCheck.Evidence("scan.png", "application/octet-stream", PNG).contentType())
                .isEqualTo("image/png");
        assertThat(new IdentityCheck.Evidence("passport.pdf", "image/png", PDF).contentType())
                .isEqualTo("application/pdf");
        assertThatThrownBy(() -> new IdentityCheck.Evidence("evil.pdf", "application/pdf", "<script>".getBytes()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PNG or JPEG image or a PDF");
        assertThatThrownBy(() -> new IdentityCheck.Evidence("big.pdf", "application/pdf",
                new byte[IdentityCheck.Evidence.MAX_BYTES + 1])).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void documentationNeedsTheDocument_vouchingNeedsWhoVouched() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertThatThrownBy(() -> new IdentityCheck(day, VerificationMethod.IDENTITY_DOCUMENTATION, null, null, null, null))
                .hasMessageContaining("identity document");
        assertThatThrownBy(() -> new IdentityCheck(day, VerificationMethod.VOUCHING, null, " ", null, null))
                .hasMessageContaining("vouched");
        assertThat(new IdentityCheck(day, VerificationMethod.VOUCHING, null, "Dr Asha Patel", null, null).vouchedBy())
                .isEqualTo("Dr Asha Patel");
    }
}
