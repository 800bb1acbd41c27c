package org.citizenservices.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One entry of the append-only audit trail: who (actor, and in what capacity), about which patient or account,
 * did what, with what outcome, when and from where. Never holds clinical text: {@code detail} is a reason code or
 * a short administrative note. There are no setters and the application never updates or deletes a row.
 */
@Entity
@Table(name = "AUDIT_EVENT")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OCCURRED_AT", updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "PRACTICE_ID", updatable = false)
    private Long practiceId;

    @Column(updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTING_AS", updatable = false)
    private ActingAs actingAs;

    @Column(name = "PATIENT_ID", updatable = false)
    private Long patientId;

    @Column(name = "ACCOUNT_ID", updatable = false)
    private String accountId;

    @Column(updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Outcome outcome;

    @Column(updatable = false)
    private String detail;

    @Column(updatable = false)
    private String source;

    protected AuditEvent() {
    }

    AuditEvent(LocalDateTime occurredAt, Long practiceId, String actor, ActingAs actingAs, Long patientId,
               String accountId, String action, Outcome outcome, String detail, String source) {
        this.occurredAt = occurredAt;
        this.practiceId = practiceId;
        this.actor = truncate(actor, 120);
        this.actingAs = actingAs;
        this.patientId = patientId;
        this.accountId = accountId;
        this.action = action;
        this.outcome = outcome;
        this.detail = truncate(detail, 300);
        this.source = truncate(source, 60);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public Long practiceId() {
        return practiceId;
    }

    public String actor() {
        return actor;
    }

    public ActingAs actingAs() {
        return actingAs;
    }

    public Long patientId() {
        return patientId;
    }

    public String accountId() {
        return accountId;
    }

    public String action() {
        return action;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public String source() {
        return source;
    }
}
