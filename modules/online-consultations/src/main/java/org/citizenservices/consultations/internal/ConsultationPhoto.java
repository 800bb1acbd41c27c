package org.citizenservices.consultations.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The file of a request's photo, kept apart from the request so that lists and the queue never read the bytes. */
@Entity
@Cacheable(false)
@Table(name = "CONSULTATION_PHOTO")
public class ConsultationPhoto {

    @Id
    @Column(name = "CONSULTATION_ID")
    private Long consultationId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected ConsultationPhoto() {
        // for JPA
    }

    ConsultationPhoto(long consultationId, byte[] content) {
        this.consultationId = consultationId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
