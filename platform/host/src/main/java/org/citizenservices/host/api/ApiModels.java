package org.citizenservices.host.api;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The bodies of the host's own patient API calls, as the contract in docs/patient-api.md names them. */
final class ApiModels {

    private ApiModels() {
    }

    /** Bounded as their columns are: a stranger's over-long value never reaches a lookup or the audit trail. */
    record LinkageRequest(@Size(max = 12) String accountId, @Size(max = 64) String linkageKey,
                          @Size(max = 6) String odsCode, @Size(max = 100) String surname, LocalDate dateOfBirth,
                          @Size(max = 120) String appName) {
    }

    record LinkageResponse(String accessIdentity) {
    }

    record SessionRequest(@Size(max = 128) String accessIdentity) {
    }

    record SessionResponse(String sessionToken, OffsetDateTime expiresAt, User user, List<PatientLink> patients) {
    }

    record User(String vuaId, String name) {
    }

    enum AssociationType { SELF, PROXY }

    record PatientLink(String patientLinkId, String name, LocalDate dateOfBirth, AssociationType associationType,
                       String relationship, List<String> services,
                       org.citizenservices.spi.RecordAccessLevel recordAccessLevel) {
    }
}
