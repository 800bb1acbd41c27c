package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Online proxy applications: a signed-in citizen applies to act for a child under 11 or for an adult who consents;
 * the adult confirms from their own account, or the practice records their written consent; the practice approves
 * with the services and an end date, or declines with a reason the applicant reads. Every step is audited.
 */
public interface ProxyApplications {

    /** Where an application stands. */
    enum Status {
        AWAITING_CONSENT, AWAITING_PRACTICE, APPROVED, DECLINED
    }

    /**
     * What the applicant enters: whom (found at their practice by NHS number, surname and date of birth together),
     * how they are related, which services, and what shows the relationship or why they need access.
     */
    record Application(String nhsNumber, String familyName, LocalDate dateOfBirth, Relationship relationship,
                       Set<CitizenService> services, String evidence) {
    }

    /** An application as the applicant, the patient and the practice read it. */
    record Applied(long id, String applicantName, String applicantAccountId, String patientName, long patientId,
                   boolean forChild, Relationship relationship, Set<CitizenService> services, String evidence,
                   Status status, String consent, LocalDateTime appliedAt, String declineReason) {
    }

    /** Someone the citizen acts for now: whom, how related, and the last day it works (null: no end date). */
    record Acting(String patientName, Relationship relationship, LocalDate accessUntil) {
    }

    /** The people the signed-in citizen acts for now, each with the last day their access works. */
    List<Acting> actingFor(SignedInCitizen citizen);

    /** The signed-in citizen applies; the answer names the patient only when found. */
    Applied apply(SignedInCitizen applicant, Application application);

    /** The applicant's own applications, newest first. */
    List<Applied> mine(SignedInCitizen applicant);

    /** Applications to act for the signed-in citizen that wait for their consent. */
    List<Applied> awaitingMyConsent(SignedInCitizen patient);

    /** The patient confirms (or refuses) an application to act for them, from their own account. */
    void consent(SignedInCitizen patient, long applicationId, boolean consents);

    /** The practice's applications still to decide: awaiting consent or the practice, oldest first. */
    List<Applied> toDecide(StaffMember staff);

    /** The practice records the patient's written consent. */
    void recordWrittenConsent(StaffMember staff, long applicationId);

    /** The practice approves: a proxy association with these services, until {@code accessUntil} (or no end). */
    void approve(StaffMember staff, long applicationId, Set<CitizenService> services, LocalDate accessUntil);

    /** The practice declines, with the reason the applicant reads. */
    void decline(StaffMember staff, long applicationId, String reason);
}
