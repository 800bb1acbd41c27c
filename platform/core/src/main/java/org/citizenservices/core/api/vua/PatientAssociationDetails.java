package org.citizenservices.core.api.vua;

import java.time.LocalDate;
import java.util.Set;
import org.citizenservices.core.api.patient.PatientDetails;
import org.citizenservices.spi.CitizenService;

/**
 * An account's association with a patient: own access or a proxy's, its services and dates.
 * Read-only: changes go through the services.
 */
public interface PatientAssociationDetails {

    /** Parental proxy access is reviewed when the child turns 11 (domain.md). */
    int REVIEW_AGE = 11;

    Long id();

    VuaDetails vua();

    PatientDetails patient();

    AssociationType type();

    Relationship relationship();

    ConsentMethod consentMethod();

    String legalBasis();

    String details();

    /** The services registered on this association; for SELF, every service (the switches decide). */
    Set<CitizenService> services();

    LocalDate startDate();

    LocalDate endDate();

    String endReason();

    LocalDate reviewedOn();

    String createdBy();

    /** Whether the association gives access on {@code day}: started, not ended, and the patient registered. */
    boolean isLiveOn(LocalDate day);

    /**
     * Whether staff must review this proxy access: a live PROXY association that began while the patient was a
     * child under {@value #REVIEW_AGE}, now that they have turned {@value #REVIEW_AGE}, and not reviewed since.
     */
    boolean needsReviewOn(LocalDate day);
}
