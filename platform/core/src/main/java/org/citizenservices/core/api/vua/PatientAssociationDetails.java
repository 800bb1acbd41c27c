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

    /** And again at 16, when capacity is presumed (domain.md). */
    int CAPACITY_AGE = 16;

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

    /** The last day a time-limited proxy's access works; null when it has no end date. */
    LocalDate accessUntil();

    String endReason();

    LocalDate reviewedOn();

    String createdBy();

    /** Whether the association gives access on {@code day}: started, not ended, and the patient registered. */
    boolean isLiveOn(LocalDate day);

    /**
     * Whether staff must review this proxy access: a live PROXY association that began before the patient's
     * {@value #REVIEW_AGE}th or {@value #CAPACITY_AGE}th birthday, now that it has passed, and not reviewed since.
     */
    boolean needsReviewOn(LocalDate day);
}
