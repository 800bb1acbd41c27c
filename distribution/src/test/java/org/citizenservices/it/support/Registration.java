package org.citizenservices.it.support;

import java.time.LocalDate;

/**
 * What a citizen types on "Set up your online account" at the demo practice (ODS code Y99999): the registration
 * letter's details, then a username and a password of their own, typed twice.
 */
public record Registration(String accountId, String key, String surname, LocalDate dateOfBirth, String username,
                           String password) {

    /** Opens the page, fills it in and sends it; what comes of it is the test's to wait for. */
    public void submit(PortalPage page) {
        page.open("register").waitForView("register-view");
        page.type("register-account-id", accountId);
        page.type("register-key", key);
        page.type("register-ods", "Y99999");
        page.type("register-surname", surname);
        page.type("register-dob-day", Integer.toString(dateOfBirth.getDayOfMonth()));
        page.type("register-dob-month", Integer.toString(dateOfBirth.getMonthValue()));
        page.type("register-dob-year", Integer.toString(dateOfBirth.getYear()));
        page.type("register-username", username);
        page.type("register-password", password);
        page.type("register-confirm", password);
        page.click("register-submit");
    }
}
