package org.citizenservices.core.internal.audit;

import org.citizenservices.core.internal.persistence.CoreEntity;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One entry of the append-only audit trail: who (actor, and in what capacity), about which patient or account,
 * did what, with what outcome, when and from where. Never holds clinical text: {@code detail} is a reason code or
 * a short administrative note. There are no setters and the application never updates or deletes a row.
 */
@Entity
@Table(name = "AUDIT_EVENT")
public class AuditEvent extends CoreEntity implements org.citizenservices.core.api.audit.AuditEventDetails {

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

    /** The column sizes of {@code AUDIT_EVENT} (core migration V1). */
    static final int ACTOR_MAX = 120;
    static final int ACCOUNT_ID_MAX = 12;
    static final int ACTION_MAX = 60;
    static final int DETAIL_MAX = 300;
    static final int SOURCE_MAX = 60;
    /** Ends a value that was cut to fit its column, so no one reads it as the whole value. */
    static final String CUT = "\u2026";

    /**
     * Values that do not fit their columns never fail the insert (which would fail the other events of its batch).
     * Free text — the actor's label, the detail, the channel — is cut with a marker: what is left still says who
     * and what, and nothing looks events up by it. An identifier — the account ID — is not: a cut ID would be
     * another ID, so the event is flagged instead, written as {@link AuditAction#AUDIT_REJECTED_INPUT} with the ID
     * cut and marked (the marker is never part of a real ID, so it can never be found as a real account's event)
     * and a detail naming the field and the original action.
     */
    AuditEvent(LocalDateTime occurredAt, Long practiceId, String actor, ActingAs actingAs, Long patientId,
               String accountId, String action, Outcome outcome, String detail, String source) {
        this.occurredAt = occurredAt;
        this.practiceId = practiceId;
        this.actor = cut(actor, ACTOR_MAX);
        this.actingAs = actingAs;
        this.patientId = patientId;
        this.outcome = outcome;
        this.source = cut(source, SOURCE_MAX);
        if (accountId != null && accountId.length() > ACCOUNT_ID_MAX) {
            this.accountId = cut(accountId, ACCOUNT_ID_MAX);
            this.action = AuditAction.AUDIT_REJECTED_INPUT.name();
            this.detail = cut("accountId did not fit (" + accountId.length() + " characters, at most "
                    + ACCOUNT_ID_MAX + "); action " + action + (detail == null ? "" : ": " + detail), DETAIL_MAX);
        } else {
            this.accountId = accountId;
            this.action = action;
            this.detail = cut(detail, DETAIL_MAX);
        }
    }

    /**
     * This event as the writer records it when the database refused the row as it was: the action flagged, the
     * detail (which may be what was refused) replaced by the reason, control characters in the rest replaced.
     */
    AuditEvent rejected(String reason) {
        return new AuditEvent(occurredAt, practiceId, printable(actor), actingAs, patientId, printable(accountId),
                AuditAction.AUDIT_REJECTED_INPUT.name(), outcome, reason + "; action " + action, printable(source));
    }

    private static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - CUT.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + CUT;
    }

    private static String printable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().forEach(c -> kept.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return kept.toString();
    }

    @Override
    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    @Override
    public Long practiceId() {
        return practiceId;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public ActingAs actingAs() {
        return actingAs;
    }

    @Override
    public Long patientId() {
        return patientId;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public Outcome outcome() {
        return outcome;
    }

    @Override
    public String detail() {
        return detail;
    }

    @Override
    public String source() {
        return source;
    }
}
