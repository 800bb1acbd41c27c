package org.citizenservices.record.internal;

import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;

import java.util.List;

/** The practice's side of the record is a clinician's, and only for a patient of their own practice. */
final class PracticeClinician {

    private PracticeClinician() {
    }

    /** The signed-in clinician, once the host confirms the patient is of their practice; else refused. */
    static CurrentStaff of(ServiceAccess access, long patientId) {
        CurrentStaff staff = access.requireStaff(Role.CLINICIAN);
        if (access.practicePatients(List.of(patientId)).get(patientId) == null) {
            throw new SecurityException("Not a patient of this practice.");
        }
        return staff;
    }
}
