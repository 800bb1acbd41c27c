package org.citizenservices.core.internal.patient;

import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.PersonName;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person's name and contact details as stored on a patient and on an online account (the same columns in both
 * tables). Replaced whole, never edited in place.
 */
@Embeddable
public class Demographics {

    private String title;

    private String forenames;

    @Column(name = "FAMILY_NAME")
    private String familyName;

    private String address;

    private String postcode;

    private String telephone;

    private String email;

    protected Demographics() {
    }

    public Demographics(PersonName name, ContactDetails contact) {
        this.title = name.title();
        this.forenames = name.forenames();
        this.familyName = name.familyName();
        this.address = contact.address();
        this.postcode = contact.postcode() == null ? null : contact.postcode().value();
        this.telephone = contact.telephone() == null ? null : contact.telephone().value();
        this.email = contact.email() == null ? null : contact.email().value();
    }

    public PersonName name() {
        return new PersonName(title, forenames, familyName);
    }

    public ContactDetails contact() {
        return ContactDetails.of(address, postcode, telephone, email);
    }

    public Demographics withName(PersonName name) {
        return new Demographics(name, contact());
    }

    public Demographics withContact(ContactDetails contact) {
        return new Demographics(name(), contact);
    }
}
