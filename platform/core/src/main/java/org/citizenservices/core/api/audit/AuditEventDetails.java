package org.citizenservices.core.api.audit;

import org.citizenservices.core.api.service.ActingAs;
import java.time.LocalDateTime;

/** A written audit event, read-only: what the practice's and the citizen's audit pages show. */
public interface AuditEventDetails {

    Long id();

    LocalDateTime occurredAt();

    Long practiceId();

    /** Who acted, as a label (a user name, "client at …", the system). */
    String actor();

    ActingAs actingAs();

    Long patientId();

    String accountId();

    /** An {@link AuditAction} name or a capability's own upper-case code. */
    String action();

    Outcome outcome();

    String detail();

    /** Where the action came from: the portal, the patient API, the system. */
    String source();
}
