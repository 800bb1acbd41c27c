package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.persistence.CoreEntity;
import org.citizenservices.core.api.vua.AssociationRequest;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.Relationship;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citizenservices.core.api.vua.AssociationType;
import org.citizenservices.core.internal.patient.Patient;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Verified User Account's link to a patient: SELF (the citizen is the patient; at most one live per account) or
 * PROXY (the citizen acts for the patient with the services registered here).
 */
@Entity
@Table(name = "PATIENT_ASSOCIATION")
public class PatientAssociation extends CoreEntity implements org.citizenservices.core.api.vua.PatientAssociationDetails {

    @ManyToOne(optional = false)
    @JoinColumn(name = "VUA_ID")
    private Vua vua;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PATIENT_ID")
    private Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(name = "ASSOCIATION_TYPE")
    private AssociationType associationType;

    @Enumerated(EnumType.STRING)
    private Relationship relationship;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONSENT_METHOD")
    private ConsentMethod consentMethod;

    @Column(name = "LEGAL_BASIS")
    private String legalBasis;

    private String details;

    /** comma-separated service keys */
    private String services;

    @Column(name = "START_DATE")
    private LocalDate startDate;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    @Column(name = "END_REASON")
    private String endReason;

    @Column(name = "REVIEWED_ON")
    private LocalDate reviewedOn;

    @Column(name = "CREATED_BY")
    private String createdBy;

    @Column(name = "ACCESS_UNTIL")
    private LocalDate accessUntil;

    @Column(name = "ENDING_NOTICE_ON")
    private LocalDate endingNoticeOn;

    @Column(name = "REVIEW_NOTICE_ON")
    private LocalDate reviewNoticeOn;

    protected PatientAssociation() {
    }

    PatientAssociation(Vua vua, Patient patient, AssociationRequest request, String createdBy) {
        this.vua = vua;
        this.patient = patient;
        this.associationType = request.type();
        this.relationship = request.relationship();
        this.consentMethod = request.consentMethod();
        this.legalBasis = request.legalBasis();
        this.details = request.details();
        this.startDate = request.startDate();
        this.accessUntil = request.accessUntil();
        this.createdBy = createdBy;
        services(request.services());
    }

    public Vua vua() {
        return vua;
    }

    public Patient patient() {
        return patient;
    }

    public AssociationType type() {
        return associationType;
    }

    public Relationship relationship() {
        return relationship;
    }

    public ConsentMethod consentMethod() {
        return consentMethod;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String details() {
        return details;
    }

    /** The services registered on this association; for SELF, every service (the switches decide). */
    public Set<CitizenService> services() {
        return Arrays.stream(services.split(",")).filter(s -> !s.isBlank()).map(CitizenService::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String endReason() {
        return endReason;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public String createdBy() {
        return createdBy;
    }

    @Override
    public LocalDate accessUntil() {
        return accessUntil;
    }

    /** Started, not ended, within its time limit, and the patient still registered at the practice. */
    public boolean isLiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day))
                && (accessUntil == null || !day.isAfter(accessUntil)) && patient.isRegistered();
    }

    /** The day the ending notice was queued; null while none was. */
    LocalDate endingNoticeOn() {
        return endingNoticeOn;
    }

    void endingNoticeQueued(LocalDate on) {
        this.endingNoticeOn = on;
    }

    /** The day the last review notice was queued; null while none was. */
    LocalDate reviewNoticeOn() {
        return reviewNoticeOn;
    }

    void reviewNoticeQueued(LocalDate on) {
        this.reviewNoticeOn = on;
    }

    /**
     * Whether staff must review this proxy access: a live PROXY association that began before the patient's 11th or
     * 16th birthday, now that the birthday has passed, and not reviewed since. Access is never widened or narrowed
     * automatically.
     */
    public boolean needsReviewOn(LocalDate day) {
        if (associationType != AssociationType.PROXY || !isLiveOn(day)) {
            return false;
        }
        LocalDate due = null;
        for (LocalDate birthday : reviewBirthdays()) {
            if (!birthday.isAfter(day)) {
                due = birthday;
            }
        }
        return due != null && (reviewedOn == null || reviewedOn.isBefore(due));
    }

    /** The patient's review birthdays (11th, 16th) that fall after this access began, in order. */
    java.util.List<LocalDate> reviewBirthdays() {
        return java.util.stream.IntStream.of(REVIEW_AGE, CAPACITY_AGE)
                .mapToObj(age -> patient.dateOfBirth().plusYears(age)).filter(startDate::isBefore).toList();
    }

    void services(Set<CitizenService> registered) {
        this.services = registered.stream().map(CitizenService::key).sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(","));
    }

    void end(LocalDate on, String reason) {
        this.endDate = on;
        this.endReason = reason;
    }

    void reviewed(LocalDate on) {
        this.reviewedOn = on;
    }
}
