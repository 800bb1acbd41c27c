package org.citizenservices.host.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The bodies of the host's own patient API calls, as the contract in docs/patient-api.md names them. */
final class ApiModels {

    private ApiModels() {
    }

    record LinkageRequest(String accountId, String linkageKey, String odsCode, String surname, LocalDate dateOfBirth,
                          String appName) {
    }

    record LinkageResponse(String accessIdentity) {
    }

    record SessionRequest(String accessIdentity) {
    }

    record SessionResponse(String sessionToken, OffsetDateTime expiresAt, User user, List<PatientLink> patients) {
    }

    record User(String vuaId, String name) {
    }

    enum AssociationType { SELF, PROXY }

    enum RecordAccessLevel { SUMMARY, DETAILED_CODED, DOCUMENTS, FULL }

    record PatientLink(String patientLinkId, String name, LocalDate dateOfBirth, AssociationType associationType,
                       String relationship, List<String> services, RecordAccessLevel recordAccessLevel) {
    }
}
