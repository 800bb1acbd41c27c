package org.citizenservices.example.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One answer to the Friends and Family Test. Stays inside this bundle: views see {@link FeedbackEntry}. */
@Entity
@Table(name = "FEEDBACK_RESPONSE")
public class FeedbackResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The ODS code of the practice the answer is for; the patient is not kept, so the answer stays anonymous. */
    @Column(name = "PRACTICE_ODS", length = 10)
    private String practiceOds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Rating rating;

    @Column(name = "COMMENT_TEXT", length = FeedbackService.MAX_COMMENT)
    private String comment;

    /** UTC. A LocalDateTime because EclipseLink 4.0 would store an Instant as a serialized blob. */
    @Column(name = "SUBMITTED_AT", nullable = false)
    private LocalDateTime submittedAt;

    protected FeedbackResponse() {
        // for JPA
    }

    FeedbackResponse(String practiceOds, Rating rating, String comment, Instant submittedAt) {
        this.practiceOds = practiceOds;
        this.rating = rating;
        this.comment = comment;
        this.submittedAt = LocalDateTime.ofInstant(submittedAt, ZoneOffset.UTC);
    }

    FeedbackEntry toEntry() {
        return new FeedbackEntry(id, rating, comment, submittedAt.toInstant(ZoneOffset.UTC));
    }
}
