package org.citizenservices.core.internal.patient;

import org.citizenservices.core.api.patient.RegistrationStatus;
import org.citizenservices.core.api.patient.Sex;
import org.citizenservices.spi.RecordAccessLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.NhsNumber;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.internal.practice.Practice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;

/** A patient registered (or formerly registered) at a practice. */
@Entity
@Table(name = "PATIENT")
public class Patient extends PersonAtPractice implements org.citizenservices.core.api.patient.PatientDetails {

    @Column(name = "NHS_NUMBER")
    private String nhsNumber;

    @Enumerated(EnumType.STRING)
    private Sex sex;


    @Enumerated(EnumType.STRING)
    @Column(name = "REGISTRATION_STATUS")
    private RegistrationStatus registrationStatus;

    @Column(name = "STATUS_CHANGED_ON")
    private LocalDate statusChangedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "RECORD_ACCESS_LEVEL")
    private RecordAccessLevel recordAccessLevel = RecordAccessLevel.SUMMARY;

    @Column(name = "RECORD_ACCESS_FROM")
    private LocalDate recordAccessFrom;

    protected Patient() {
    }

    public Patient(Practice practice, NhsNumber nhsNumber, PersonName name, LocalDate dateOfBirth, Sex sex,
                   ContactDetails contact, LocalDateTime createdAt) {
        super(practice, name, dateOfBirth, contact, createdAt);
        this.nhsNumber = nhsNumber.value();
        this.sex = sex;
        this.registrationStatus = RegistrationStatus.REGISTERED;
    }

    public NhsNumber nhsNumber() {
        return new NhsNumber(nhsNumber);
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth(), day).getYears();
    }

    public Sex sex() {
        return sex;
    }

    /**
     * The practice's clinical system holds the register: an import brings its corrections of name, date of birth,
     * sex and contact details. True when anything changed.
     */
    public boolean correctFromClinicalSystem(PersonName name, LocalDate born, Sex sex, ContactDetails contact) {
        boolean changed = !name.equals(name()) || !born.equals(dateOfBirth()) || sex != this.sex
                || !contact.equals(contact());
        if (changed) {
            rename(name);
            dateOfBirth(born);
            this.sex = sex;
            contact(contact);
        }
        return changed;
    }

    public RegistrationStatus registrationStatus() {
        return registrationStatus;
    }

    public LocalDate statusChangedOn() {
        return statusChangedOn;
    }

    public boolean isRegistered() {
        return registrationStatus == RegistrationStatus.REGISTERED;
    }

    public RecordAccessLevel recordAccessLevel() {
        return recordAccessLevel;
    }

    /** The SPI's view of how much of this record the patient's online users may see, and from when. */
    public org.citizenservices.spi.RecordAccess recordAccess() {
        return new org.citizenservices.spi.RecordAccess(id(), recordAccessLevel(), recordAccessFrom());
    }

    /** Record entries dated before this are not shown unless a clinician reviewed them; null when not set. */
    public LocalDate recordAccessFrom() {
        return recordAccessFrom;
    }

    public void registrationStatus(RegistrationStatus status, LocalDate on) {
        this.registrationStatus = status;
        this.statusChangedOn = on;
    }

    public void recordAccess(RecordAccessLevel level, LocalDate from) {
        this.recordAccessLevel = level;
        this.recordAccessFrom = from;
    }
}
