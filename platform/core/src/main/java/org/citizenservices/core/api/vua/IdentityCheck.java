package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.InvalidValueException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a practice user enters when recording an identity verification. Documentation needs the document type;
 * vouching needs who vouched; either may carry an uploaded evidence file or a reference to where it is kept.
 */
public record IdentityCheck(LocalDate verifiedOn, VerificationMethod method, IdentityDocument document,
                            String vouchedBy, String evidenceReference, Evidence evidence) {

    /** VOUCHED_BY is VARCHAR(120), EVIDENCE_REFERENCE VARCHAR(200). */
    public static final int MAX_VOUCHED_BY = 120;
    public static final int MAX_EVIDENCE_REFERENCE = 200;

    public IdentityCheck {
        if (verifiedOn == null) {
            throw new InvalidValueException("Enter the date the identity was verified.");
        }
        if (method == null) {
            throw new InvalidValueException("Choose how the identity was verified.");
        }
        vouchedBy = blankToNull(vouchedBy);
        evidenceReference = blankToNull(evidenceReference);
        if (method == VerificationMethod.IDENTITY_DOCUMENTATION && document == null) {
            throw new InvalidValueException("Choose the identity document that was seen.");
        }
        if (method != VerificationMethod.IDENTITY_DOCUMENTATION && document != null) {
            throw new InvalidValueException("A document type is only recorded for identity documentation.");
        }
        if (method != VerificationMethod.IDENTITY_DOCUMENTATION && method != VerificationMethod.NHS_LOGIN
                && vouchedBy == null) {
            throw new InvalidValueException("Enter the member of staff who vouched for this person.");
        }
        if (evidenceReference != null && evidenceReference.length() > MAX_EVIDENCE_REFERENCE) {
            throw new InvalidValueException("An evidence reference is at most 200 characters.");
        }
        if (vouchedBy != null && vouchedBy.length() > MAX_VOUCHED_BY) {
            throw new InvalidValueException("The name of who vouched is at most 120 characters.");
        }
    }

    /** An uploaded evidence file: a scan or photo of the document (PNG, JPEG or PDF, at most 5 MB). */
    public record Evidence(String fileName, String contentType, byte[] content) {

        public static final int MAX_BYTES = 5 * 1024 * 1024;

        public Evidence {
            Objects.requireNonNull(content, "content");
            fileName = blankToNull(fileName);
            if (fileName == null || fileName.length() > 200) {
                throw new InvalidValueException("The evidence file needs a name of at most 200 characters.");
            }
            if (content.length == 0) {
                throw new InvalidValueException("The evidence file is empty.");
            }
            if (content.length > MAX_BYTES) {
                throw new InvalidValueException("The evidence file is larger than 5 MB; scan it at a lower resolution.");
            }
            String sniffed = sniff(content);
            if (sniffed == null) {
                throw new InvalidValueException("The evidence file must be a PNG or JPEG image or a PDF.");
            }
            // trust the bytes, not the browser's label
            contentType = sniffed;
            content = content.clone();
        }

        private static String sniff(byte[] c) {
            if (startsWith(c, 0x89, 'P', 'N', 'G')) {
                return "image/png";
            }
            if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
                return "image/jpeg";
            }
            if (startsWith(c, '%', 'P', 'D', 'F', '-')) {
                return "application/pdf";
            }
            return null;
        }

        private static boolean startsWith(byte[] content, int... magic) {
            if (content.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((content[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
