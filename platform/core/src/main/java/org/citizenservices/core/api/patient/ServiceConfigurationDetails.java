package org.citizenservices.core.api.patient;

import java.time.LocalDateTime;
import org.citizenservices.spi.CitizenService;

/**
 * One switch of one citizen service for one patient: on or off, why, by whom and when.
 * Read-only: changes go through the services.
 */
public interface ServiceConfigurationDetails {

    Long id();

    Long practiceId();

    Long patientId();

    CitizenService service();

    boolean enabled();

    String reason();

    String changedBy();

    LocalDateTime changedAt();
}
