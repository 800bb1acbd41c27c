package org.citizenservices.consultations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.IdentifiedRow;

import java.time.LocalDateTime;

/** One online consultation a patient (or their proxy) sent. Keyed by the host's patient id, as every module does. */
@Entity
@Table(name = "CONSULTATION")
public class Consultation extends IdentifiedRow {

    @Column(name = "PRACTICE_ODS", nullable = false, length = 10)
    private String practiceOds;
    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private ConsultationKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "ADMIN_TYPE", length = 30)
    private AdminType adminType;
    @Column(name = "DESCRIPTION", nullable = false, length = Limits.DESCRIPTION)
    private String description;
    @Column(name = "SINCE_WHEN", length = Limits.SINCE)
    private String since;
    @Column(name = "TRIED", length = Limits.DETAIL)
    private String tried;
    @Column(name = "WANTS", length = Limits.DETAIL)
    private String wants;
    @Column(name = "RED_FLAG_VERSION", nullable = false, length = 40)
    private String redFlagVersion;
    @Column(name = "SENT_BY", nullable = false, length = 200)
    private String sentBy;
    @Column(name = "SENT_BY_ACCOUNT", nullable = false, length = 40)
    private String sentByAccount;
    @Column(name = "CONVERSATION_ID")
    private Long conversationId;
    @Column(name = "RECEIVED_AT", nullable = false)
    private LocalDateTime receivedAt;
    @Column(name = "DUE_BY", nullable = false)
    private LocalDateTime dueBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ConsultationStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "URGENCY", nullable = false, length = 10)
    private Urgency urgency;
    @Column(name = "ASSIGNED_TO", length = 200)
    private String assignedTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 20)
    private OutcomeKind outcome;
    @Column(name = "OUTCOME_MESSAGE", length = Limits.DESCRIPTION)
    private String outcomeMessage;
    @Column(name = "OUTCOME_BY", length = 200)
    private String outcomeBy;
    @Column(name = "OUTCOME_AT")
    private LocalDateTime outcomeAt;
    @Column(name = "BOOKED_APPOINTMENT_ID")
    private Long bookedAppointmentId;
    @Column(name = "PHOTO_TYPE", length = 20)
    private String photoType;
    @Column(name = "PHOTO_SIZE")
    private Long photoSize;

    protected Consultation() {
        // for JPA
    }

    Consultation(String practiceOds, long patientId, CheckedRequest request, String redFlagVersion,
                 String sentBy, String sentByAccount, LocalDateTime receivedAt, LocalDateTime dueBy) {
        this.practiceOds = practiceOds;
        this.patientId = patientId;
        this.kind = request.kind();
        this.adminType = request.adminType();
        this.description = request.description();
        this.since = request.since();
        this.tried = request.tried();
        this.wants = request.wants();
        this.redFlagVersion = redFlagVersion;
        this.sentBy = sentBy;
        this.sentByAccount = sentByAccount;
        this.receivedAt = receivedAt;
        this.dueBy = dueBy;
        this.status = ConsultationStatus.RECEIVED;
        this.urgency = Urgency.ROUTINE;
    }

    /** Whether the citizen sent this request, or may see it: for the patient they act for, at that practice. */
    boolean sentFor(org.citizenservices.spi.CurrentCitizen citizen) {
        return patientId == citizen.actingFor().patientId() && practiceOds.equals(citizen.odsCode());
    }

    /** Notes the photo sent with the request; its file is a {@link ConsultationPhoto}. */
    void photo(String contentType, long size) {
        photoType = contentType;
        photoSize = size;
    }

    /** The photo sent with the request, or null. */
    PhotoInfo photo() {
        return photoType == null ? null : new PhotoInfo(photoType, photoSize);
    }

    void conversation(long id) {
        conversationId = id;
    }

    void assign(String to) {
        assignedTo = to;
        if (status == ConsultationStatus.RECEIVED) {
            status = ConsultationStatus.IN_REVIEW;
        }
    }

    void urgency(Urgency urgency) {
        this.urgency = urgency;
    }

    void complete(OutcomeKind kind, String message, String by, LocalDateTime at) {
        outcome = kind;
        outcomeMessage = message;
        outcomeBy = by;
        outcomeAt = at;
        status = ConsultationStatus.COMPLETED;
    }

    void booked(long appointmentId) {
        bookedAppointmentId = appointmentId;
    }

    String practiceOds() {
        return practiceOds;
    }

    long patientId() {
        return patientId;
    }

    ConsultationKind kind() {
        return kind;
    }

    ConsultationStatus status() {
        return status;
    }

    OutcomeKind outcome() {
        return outcome;
    }

    Long conversationId() {
        return conversationId;
    }

    String sentByAccount() {
        return sentByAccount;
    }

    Long bookedAppointmentId() {
        return bookedAppointmentId;
    }

    LocalDateTime dueBy() {
        return dueBy;
    }

    Urgency urgency() {
        return urgency;
    }

    String assignedTo() {
        return assignedTo;
    }

    /** The title a list shows: the admin type, or that it is a medical request. */
    String title() {
        return adminType != null ? adminType.label() : kind.label();
    }

    ConsultationSummary summary() {
        return new ConsultationSummary(id(), kind, adminType == null ? null : adminType.name(), title(), description,
                since, tried, wants, status, status.label(), sentBy, receivedAt, outcome,
                outcome == null ? null : outcome.label(), outcomeMessage, outcomeAt, bookedAppointmentId != null,
                photo());
    }
}
