package org.citizenservices.prescriptions.internal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * One course in a request. While the request is outstanding its {@code OPEN_COURSE_ID} holds the course, and the
 * database keeps that unique: a course never has two outstanding requests, whatever arrives in parallel.
 */
@Entity
@Cacheable(false)
@IdClass(RequestLine.Key.class)
@Table(name = "REQUEST_LINE")
public class RequestLine {

    public record Key(Long requestId, Long courseId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "REQUEST_ID")
    private Long requestId;

    @Id
    @Column(name = "COURSE_ID")
    private Long courseId;

    @Column(name = "OPEN_COURSE_ID")
    private Long openCourseId;

    protected RequestLine() {
        // for JPA
    }

    RequestLine(long requestId, long courseId) {
        this.requestId = requestId;
        this.courseId = courseId;
        this.openCourseId = courseId;
    }

    public long requestId() {
        return requestId;
    }

    public long courseId() {
        return courseId;
    }
}
