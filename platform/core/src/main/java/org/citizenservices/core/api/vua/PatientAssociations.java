package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.spi.CitizenService;

import java.util.List;
import java.util.Set;

/** Accounts' associations with patients: their own access and proxies', their services, ends and reviews. */
public interface PatientAssociations {

    /** Every association of the patient, live and ended. */
    List<? extends PatientAssociationDetails> associationsForPatient(StaffMember staff, long patientId);

    /** Associations at the staff member's practice whose review is due. */
    List<? extends PatientAssociationDetails> reviewsDue(StaffMember staff);

    /** Associates an account with a patient as {@code request} says. */
    PatientAssociationDetails associate(StaffMember staff, long vuaId, long patientId, AssociationRequest request);

    /** Changes which services an association gives. */
    void changeServices(StaffMember staff, long associationId, Set<CitizenService> services);

    /** Ends an association, with a reason. */
    void endAssociation(StaffMember staff, long associationId, String reason);

    /** Records a review of an association, keeping only {@code keptServices}. */
    void reviewAssociation(StaffMember staff, long associationId, Set<CitizenService> keptServices);
}
