package org.citizenservices.host.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citizenservices.spi.ApiField;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The bodies of the host's own patient API calls, as the contract in docs/patient-api.md names them. */
final class ApiModels {

    private ApiModels() {
    }

    /** Bounded as their columns are: a stranger's over-long value never reaches a lookup or the audit trail. */
    record LinkageRequest(
            @ApiField(example = "DEMO100002") @NotBlank @Size(max = 12) String accountId,
            @ApiField(description = "The linkage key of the registration letter")
            @NotBlank @Size(max = 64) String linkageKey,
            @ApiField(example = "Y99999", description = "The practice's ODS code") @NotBlank @Size(max = 6)
            String odsCode,
            @ApiField(example = "Carer") @NotBlank @Size(max = 100) String surname,
            @ApiField(example = "1970-07-07") @NotNull LocalDate dateOfBirth) {
    }

    record LinkageResponse(@ApiField(description = "Keep it secret: it opens sessions for this account")
                           String accessIdentity) {
    }

    record SessionRequest(@NotBlank @Size(max = 128) String accessIdentity) {
    }

    record SessionResponse(String sessionToken, OffsetDateTime expiresAt, User user, List<PatientLink> patients) {
    }

    record User(String vuaId, String name) {
    }

    enum AssociationType { SELF, PROXY }

    record PatientLink(String patientLinkId, String name, LocalDate dateOfBirth, AssociationType associationType,
                       @ApiField(example = "Self") String relationship,
                       @ApiField(description = "The services available for this patient now",
                               example = "[\"appointments\", \"record\"]") List<String> services,
                       @ApiField(nullable = true, description = "The View Record level; null without the record"
                               + " service") org.citizenservices.spi.RecordAccessLevel recordAccessLevel) {
    }
}
