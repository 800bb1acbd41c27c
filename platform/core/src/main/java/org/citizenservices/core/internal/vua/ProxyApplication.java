package org.citizenservices.core.internal.vua;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citizenservices.core.api.vua.ProxyApplications.Status;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.core.internal.persistence.CoreEntity;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A citizen's online application to act for a patient, and where it stands. */
@Entity
@Table(name = "PROXY_APPLICATION")
public class ProxyApplication extends CoreEntity {

    /** How the patient's consent was given: from their own account, in writing to the practice, or not needed. */
    static final String ONLINE = "CONFIRMED_ONLINE";
    static final String WRITTEN = "WRITTEN";
    static final String NOT_REQUIRED = "NOT_REQUIRED";

    @Column(name = "PRACTICE_ID")
    private Long practiceId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPLICANT_VUA_ID")
    private Vua applicant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PATIENT_ID")
    private Patient patient;

    @Column(name = "FOR_CHILD")
    private boolean forChild;

    @Enumerated(EnumType.STRING)
    private Relationship relationship;

    private String services;

    private String evidence;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String consent;

    @Column(name = "APPLIED_AT")
    private LocalDateTime appliedAt;

    @Column(name = "CONSENTED_AT")
    private LocalDateTime consentedAt;

    @Column(name = "DECIDED_AT")
    private LocalDateTime decidedAt;

    @Column(name = "DECIDED_BY")
    private String decidedBy;

    @Column(name = "DECLINE_REASON")
    private String declineReason;

    @Column(name = "ASSOCIATION_ID")
    private Long associationId;

    protected ProxyApplication() {
    }

    ProxyApplication(Vua applicant, Patient patient, boolean forChild, Relationship relationship,
                     Set<CitizenService> services, String evidence, LocalDateTime at) {
        this.practiceId = patient.practice().id();
        this.applicant = applicant;
        this.patient = patient;
        this.forChild = forChild;
        this.relationship = relationship;
        this.services = services.stream().map(CitizenService::key).sorted().collect(Collectors.joining(","));
        this.evidence = evidence;
        this.appliedAt = at;
        this.status = forChild ? Status.AWAITING_PRACTICE : Status.AWAITING_CONSENT;
        this.consent = forChild ? NOT_REQUIRED : null;
    }

    public Long practiceId() {
        return practiceId;
    }

    public Vua applicant() {
        return applicant;
    }

    public Patient patient() {
        return patient;
    }

    public boolean forChild() {
        return forChild;
    }

    public Relationship relationship() {
        return relationship;
    }

    public Set<CitizenService> services() {
        return Arrays.stream(services.split(",")).filter(key -> !key.isBlank()).map(CitizenService::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public String evidence() {
        return evidence;
    }

    public Status status() {
        return status;
    }

    public String consent() {
        return consent;
    }

    public LocalDateTime appliedAt() {
        return appliedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    void consented(String how, LocalDateTime at) {
        this.consent = how;
        this.consentedAt = at;
        this.status = Status.AWAITING_PRACTICE;
    }

    void approved(long association, String by, LocalDateTime at) {
        this.associationId = association;
        decided(Status.APPROVED, by, at, null);
    }

    void declined(String reason, String by, LocalDateTime at) {
        decided(Status.DECLINED, by, at, reason);
    }

    private void decided(Status to, String by, LocalDateTime at, String reason) {
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = at;
        this.declineReason = reason;
    }
}
