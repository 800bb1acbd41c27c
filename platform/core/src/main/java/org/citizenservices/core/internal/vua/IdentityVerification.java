package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.persistence.CoreEntity;
import org.citizenservices.core.api.vua.IdentityCheck;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.VerificationMethod;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The practice's record that it verified a citizen's identity: when, by whom, how, and the evidence (an uploaded
 * file kept in the database, or a reference). Identity documents are flagged as excluded from GP2GP transfer.
 */
@Entity
@Table(name = "IDENTITY_VERIFICATION")
public class IdentityVerification extends CoreEntity implements org.citizenservices.core.api.vua.IdentityVerificationDetails {

    @ManyToOne(optional = false)
    @JoinColumn(name = "VUA_ID")
    private Vua vua;

    @Column(name = "VERIFIED_ON")
    private LocalDate verifiedOn;

    @Column(name = "VERIFIED_BY")
    private String verifiedBy;

    @Enumerated(EnumType.STRING)
    private VerificationMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "DOCUMENT_TYPE")
    private IdentityDocument documentType;

    @Column(name = "VOUCHED_BY")
    private String vouchedBy;

    @Column(name = "EVIDENCE_REFERENCE")
    private String evidenceReference;

    @Column(name = "EVIDENCE_FILE_NAME")
    private String evidenceFileName;

    @Column(name = "EVIDENCE_CONTENT_TYPE")
    private String evidenceContentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] evidence;

    @Column(name = "EXCLUDED_FROM_GP2GP")
    private boolean excludedFromGp2gp;

    @Column(name = "RECORDED_AT")
    private LocalDateTime recordedAt;

    protected IdentityVerification() {
    }

    IdentityVerification(Vua vua, IdentityCheck check, String verifiedBy, LocalDateTime recordedAt) {
        this.vua = vua;
        this.verifiedOn = check.verifiedOn();
        this.verifiedBy = verifiedBy;
        this.method = check.method();
        this.documentType = check.document();
        this.vouchedBy = check.vouchedBy();
        this.evidenceReference = check.evidenceReference();
        if (check.evidence() != null) {
            this.evidenceFileName = check.evidence().fileName();
            this.evidenceContentType = check.evidence().contentType();
            this.evidence = check.evidence().content();
        }
        // identity documents never travel with the record to another practice
        this.excludedFromGp2gp = check.method() == VerificationMethod.IDENTITY_DOCUMENTATION;
        this.recordedAt = recordedAt;
    }

    public Vua vua() {
        return vua;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public VerificationMethod method() {
        return method;
    }

    public IdentityDocument documentType() {
        return documentType;
    }

    public String vouchedBy() {
        return vouchedBy;
    }

    public String evidenceReference() {
        return evidenceReference;
    }

    public String evidenceFileName() {
        return evidenceFileName;
    }

    public String evidenceContentType() {
        return evidenceContentType;
    }

    public byte[] evidence() {
        return evidence == null ? null : evidence.clone();
    }

    public boolean excludedFromGp2gp() {
        return excludedFromGp2gp;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    /** "Identity documentation (Passport), 12 Mar 2026, by Reception Desk" for history lines. */
    public String summary() {
        StringBuilder text = new StringBuilder(method.label());
        if (documentType != null) {
            text.append(" (").append(documentType.label()).append(')');
        }
        if (vouchedBy != null) {
            text.append(", vouched for by ").append(vouchedBy);
        }
        text.append(", verified on ").append(verifiedOn).append(" by ").append(verifiedBy);
        if (evidenceFileName != null) {
            text.append("; evidence file ").append(evidenceFileName);
        } else if (evidenceReference != null) {
            text.append("; evidence reference ").append(evidenceReference);
        }
        return text.toString();
    }
}
