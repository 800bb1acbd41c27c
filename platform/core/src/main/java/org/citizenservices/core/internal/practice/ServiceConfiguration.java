package org.citizenservices.core.internal.practice;

import org.citizenservices.core.internal.persistence.CoreEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDateTime;

/**
 * One change of a service switch, at practice level ({@code patientId} null) or for one patient. Rows are never
 * updated: the latest row per practice/patient/service is the current setting and the earlier ones are its history
 * (who, when and why), which staff see on the patient page and in the account history.
 */
@Entity
@Table(name = "SERVICE_CONFIGURATION")
public class ServiceConfiguration extends CoreEntity implements org.citizenservices.core.api.patient.ServiceConfigurationDetails {

    @Column(name = "PRACTICE_ID")
    private Long practiceId;

    @Column(name = "PATIENT_ID")
    private Long patientId;

    private String service;

    private boolean enabled;

    private String reason;

    @Column(name = "CHANGED_BY")
    private String changedBy;

    @Column(name = "CHANGED_AT")
    private LocalDateTime changedAt;

    protected ServiceConfiguration() {
    }

    public ServiceConfiguration(Long practiceId, Long patientId, CitizenService service, boolean enabled,
                                String reason, String changedBy, LocalDateTime changedAt) {
        this.practiceId = practiceId;
        this.patientId = patientId;
        this.service = service.key();
        this.enabled = enabled;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long practiceId() {
        return practiceId;
    }

    public Long patientId() {
        return patientId;
    }

    public CitizenService service() {
        return new CitizenService(service);
    }

    public boolean enabled() {
        return enabled;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }
}
