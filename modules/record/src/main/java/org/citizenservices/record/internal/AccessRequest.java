package org.citizenservices.record.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientRow;
import org.citizenservices.spi.RecordAccessLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A request to see more of a patient's record online — older entries, or more detail — made by the patient or a proxy
 * with View Record, and the practice's answer: approved with the level and start date a clinician chose, or declined
 * with a reason the patient reads.
 */
@Entity
@Table(name = "ACCESS_REQUEST")
public class AccessRequest extends PatientRow {

    /** What the patient asks for. */
    public enum Wants {
        /** Entries from before the start date of their access. */
        OLDER_ENTRIES("Older entries"),
        /** A higher level: more of the record, or its free text. */
        MORE_DETAIL("More detail");

        private final String label;

        Wants(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status { WAITING, APPROVED, DECLINED }

    @Column(name = "ASKED_BY", nullable = false, length = 200)
    private String askedBy;
    @Column(name = "ASKED_BY_ACCOUNT", nullable = false, length = 40)
    private String askedByAccount;
    @Column(name = "AS_PROXY", nullable = false)
    private boolean asProxy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Wants wants;
    @Enumerated(EnumType.STRING)
    @Column(name = "LEVEL_WANTED", length = 20)
    private RecordAccessLevel levelWanted;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(name = "ASKED_AT", nullable = false)
    private LocalDateTime askedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;
    @Column(name = "ANSWERED_BY", length = 120)
    private String answeredBy;
    @Column(name = "ANSWERED_AT")
    private LocalDateTime answeredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "LEVEL_GRANTED", length = 20)
    private RecordAccessLevel levelGranted;
    @Column(name = "GRANTED_FROM")
    private LocalDate grantedFrom;
    @Column(length = 1000)
    private String answer;

    protected AccessRequest() {
        // for JPA
    }

    AccessRequest(String practiceOds, long patientId, String askedBy, String askedByAccount, boolean asProxy,
                  Wants wants, RecordAccessLevel levelWanted, String reason, LocalDateTime askedAt) {
        super(practiceOds, patientId);
        this.askedBy = askedBy;
        this.askedByAccount = askedByAccount;
        this.asProxy = asProxy;
        this.wants = wants;
        this.levelWanted = levelWanted;
        this.reason = reason;
        this.askedAt = askedAt;
        this.status = Status.WAITING;
    }

    void approve(String by, LocalDateTime at, RecordAccessLevel level, LocalDate from, String note) {
        answer(Status.APPROVED, by, at, note);
        this.levelGranted = level;
        this.grantedFrom = from;
    }

    /** Waiting again: the core refused the level a clinician chose, so nothing was given. */
    void reopen() {
        answer(Status.WAITING, null, null, null);
        this.levelGranted = null;
        this.grantedFrom = null;
    }

    void decline(String by, LocalDateTime at, String why) {
        answer(Status.DECLINED, by, at, why);
    }

    private void answer(Status outcome, String by, LocalDateTime at, String text) {
        this.status = outcome;
        this.answeredBy = by;
        this.answeredAt = at;
        this.answer = text;
    }

    public String askedBy() {
        return askedBy;
    }

    String askedByAccount() {
        return askedByAccount;
    }

    public boolean asProxy() {
        return asProxy;
    }

    public Wants wants() {
        return wants;
    }

    public RecordAccessLevel levelWanted() {
        return levelWanted;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime askedAt() {
        return askedAt;
    }

    public Status status() {
        return status;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public LocalDateTime answeredAt() {
        return answeredAt;
    }

    public RecordAccessLevel levelGranted() {
        return levelGranted;
    }

    public LocalDate grantedFrom() {
        return grantedFrom;
    }

    /** The clinician's reason for declining, or their note with an approval. */
    public String answer() {
        return answer;
    }
}
