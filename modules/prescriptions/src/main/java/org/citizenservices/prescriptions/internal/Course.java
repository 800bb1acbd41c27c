package org.citizenservices.prescriptions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.spi.PatientRow;

import java.time.LocalDate;

/**
 * A medication course as the practice prescribes it: the medicine (dm+d-style name, strength, form), how it is
 * taken, how much one issue holds and how long it lasts, and when it was last issued. This module owns courses: a
 * practice can offer ordering without the record module installed.
 */
@Entity
@Table(name = "COURSE")
public class Course extends PatientRow {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 60)
    private String strength;

    @Column(length = 60)
    private String form;

    @Column(nullable = false, length = 200)
    private String dosage;

    @Column(nullable = false, length = 100)
    private String quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "COURSE_TYPE", nullable = false, length = 10)
    private CourseType type;

    @Column(name = "DURATION_DAYS", nullable = false)
    private int durationDays;

    @Column(name = "STARTED_ON", nullable = false)
    private LocalDate startedOn;

    @Column(name = "LAST_ISSUED")
    private LocalDate lastIssued;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, length = 120)
    private String prescriber;

    /** The clinical system's key for an imported course; null for one made here. */
    @Column(name = "SOURCE_KEY", length = 300)
    private String sourceKey;

    /** Confidential in the clinical system: never listed or orderable online. */
    @Column(nullable = false)
    private boolean restricted;

    /** From this day the prescriber wants to review the repeat before it is issued again; null when not set. */
    @Column(name = "REVIEW_DUE")
    private LocalDate reviewDue;

    protected Course() {
        // for JPA
    }

    Course(String practiceOds, long patientId, String name, String strength, String form, String dosage,
           String quantity, CourseType type, int durationDays, LocalDate startedOn, LocalDate lastIssued,
           String prescriber) {
        super(practiceOds, patientId);
        this.name = name;
        this.strength = strength;
        this.form = form;
        this.dosage = dosage;
        this.quantity = quantity;
        this.type = type;
        this.durationDays = durationDays;
        this.startedOn = startedOn;
        this.lastIssued = lastIssued;
        this.prescriber = prescriber;
    }

    /** A course from the practice's clinical system, known there by {@code sourceKey}. */
    static Course imported(String practiceOds, long patientId, String sourceKey, Course content) {
        Course course = new Course(practiceOds, patientId, content.name, content.strength, content.form,
                content.dosage, content.quantity, content.type, content.durationDays, content.startedOn,
                content.lastIssued, content.prescriber);
        course.active = content.active;
        course.restricted = content.restricted;
        course.reviewDue = content.reviewDue;
        course.sourceKey = sourceKey;
        return course;
    }

    /** What an import read: a course not stored, to compare with and copy from. */
    static Course read(String name, String dosage, String quantity, CourseType type, int durationDays,
                       LocalDate startedOn, boolean active, boolean restricted, String prescriber,
                       LocalDate reviewDue) {
        Course course = new Course(null, 0, name, null, null, dosage, quantity, type, durationDays, startedOn, null,
                prescriber);
        course.active = active;
        course.restricted = restricted;
        course.reviewDue = reviewDue;
        return course;
    }

    /** Takes the clinical system's latest version of an imported course; false when nothing differs. */
    boolean updateFrom(Course latest) {
        java.util.List<Object> now = java.util.Arrays.asList(name, dosage, quantity, type, durationDays, startedOn,
                active, restricted, prescriber, reviewDue);
        java.util.List<Object> then = java.util.Arrays.asList(latest.name, latest.dosage, latest.quantity,
                latest.type, latest.durationDays, latest.startedOn, latest.active, latest.restricted,
                latest.prescriber, latest.reviewDue);
        if (now.equals(then)) {
            return false;
        }
        name = latest.name;
        dosage = latest.dosage;
        quantity = latest.quantity;
        type = latest.type;
        durationDays = latest.durationDays;
        startedOn = latest.startedOn;
        active = latest.active;
        restricted = latest.restricted;
        prescriber = latest.prescriber;
        reviewDue = latest.reviewDue;
        return true;
    }

    public String name() {
        return name;
    }

    public String strength() {
        return strength;
    }

    public String form() {
        return form;
    }

    public String dosage() {
        return dosage;
    }

    public String quantity() {
        return quantity;
    }

    public CourseType type() {
        return type;
    }

    public int durationDays() {
        return durationDays;
    }

    public LocalDate lastIssued() {
        return lastIssued;
    }

    /** Confidential in the clinical system: nothing online names or orders it. */
    public boolean restricted() {
        return restricted;
    }

    public boolean active() {
        return active;
    }

    public LocalDate reviewDue() {
        return reviewDue;
    }

    /** The prescriber's review, due from that day (null: none due). */
    void reviewDueFrom(LocalDate day) {
        this.reviewDue = day;
    }

    void issued(LocalDate on) {
        this.lastIssued = on;
    }

    void end() {
        this.active = false;
    }
}
