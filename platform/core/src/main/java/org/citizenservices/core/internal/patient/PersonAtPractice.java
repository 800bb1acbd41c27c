package org.citizenservices.core.internal.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.internal.persistence.CreatedEntity;
import org.citizenservices.core.internal.practice.Practice;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A person as a practice holds them: a patient, or the holder of an online account. Both tables keep the practice,
 * the name and contact details ({@link Demographics}) and the date of birth in the same columns, and both are
 * versioned, so two members of staff editing the same person at once do not overwrite each other.
 */
@MappedSuperclass
public abstract class PersonAtPractice extends CreatedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "PRACTICE_ID")
    private Practice practice;

    @Embedded
    private Demographics demographics;

    @Column(name = "DATE_OF_BIRTH")
    private LocalDate dateOfBirth;

    @Version
    private int version;

    /** For JPA. */
    protected PersonAtPractice() {
    }

    protected PersonAtPractice(Practice practice, PersonName name, LocalDate dateOfBirth, ContactDetails contact,
                               LocalDateTime createdAt) {
        super(createdAt);
        this.practice = practice;
        this.demographics = new Demographics(name, contact);
        this.dateOfBirth = dateOfBirth;
    }

    public Practice practice() {
        return practice;
    }

    public PersonName name() {
        return demographics.name();
    }

    public String displayName() {
        return name().display();
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public ContactDetails contact() {
        return demographics.contact();
    }

    public void rename(PersonName name) {
        this.demographics = demographics.withName(name);
    }

    public void contact(ContactDetails contact) {
        this.demographics = demographics.withContact(contact);
    }

    protected void dateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }
}
