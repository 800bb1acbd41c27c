package org.citizenservices.record.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A document's file, kept apart from its entry so that listing documents never reads the bytes. */
@Entity
@Cacheable(false)
@Table(name = "DOCUMENT_CONTENT")
public class DocumentContent {

    @Id
    @Column(name = "ENTRY_ID")
    private Long entryId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {
        // for JPA
    }

    DocumentContent(long entryId, byte[] content) {
        this.entryId = entryId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }

    /** What a document's entry keeps of its file to tell whether a file imported again is the same. */
    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
