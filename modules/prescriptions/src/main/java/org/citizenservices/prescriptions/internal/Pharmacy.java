package org.citizenservices.prescriptions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A community pharmacy of the EPS directory, by its ODS code (F…). */
@Entity
@Table(name = "PHARMACY")
public class Pharmacy {

    @Id
    @Column(name = "ODS_CODE", length = 10)
    private String odsCode;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 200)
    private String address;

    @Column(nullable = false, length = 10)
    private String postcode;

    @Column(nullable = false, length = 20)
    private String telephone;

    protected Pharmacy() {
        // for JPA
    }

    Pharmacy(String odsCode, String name, String address, String postcode, String telephone) {
        this.odsCode = odsCode;
        this.name = name;
        this.address = address;
        this.postcode = postcode;
        this.telephone = telephone;
    }

    public String odsCode() {
        return odsCode;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String postcode() {
        return postcode;
    }

    public String telephone() {
        return telephone;
    }

    /** One line for lists: name, address, postcode. */
    public String label() {
        return name + ", " + address + ", " + postcode;
    }
}
