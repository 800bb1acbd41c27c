package org.citizenservices.prescriptions.internal;

import java.time.LocalDate;

/**
 * A course as a citizen sees it on the ordering page: whether it can be requested now, and if not, why.
 *
 * @param whyNotCode           the same reason as a code, for apps; {@code null} when it can be requested
 * @param outstandingRequestId the request already waiting for this course, if any
 */
public record OrderableCourse(long courseId, String name, String strength, String form, String dosage,
                              String quantity, CourseType type, int durationDays, LocalDate lastIssued,
                              boolean canRequest, String whyNot, OrderingRefusal whyNotCode,
                              Long outstandingRequestId) {
}
