package org.citizenservices.it;

import org.citizenservices.testkit.Browsers;
import org.citizenservices.it.support.Registration;
import org.citizenservices.it.support.DemoPortalJourney;
import org.citizenservices.it.support.PortalPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core's journeys in a real browser against the built distribution with the demo practice: a receptionist
 * creates an online account for a patient, verifies their identity with a scanned document and prints the
 * registration letter; the patient sets up their online account with it; a parent switches between her children
 * and sees only the services available for each; and a citizen's session never opens the practice pages.
 */
class CoreJourneysIT extends DemoPortalJourney {

    @Test
    void givenAReceptionistIssuesALetter_whenThePatientRegistersWithIt_thenTheySignInToTheServicesAvailable()
            throws Exception {
        // nobody signed in: the practice pages ask for a practice sign-in
        page.open("practice/patients/1").waitForView("staff-sign-in-view");

        page.signInStaff("reception", STAFF_PASSWORD);
        page.type("patient-search", "Olivia");
        page.click("patient-search-button");
        page.clickLink("Olivia Smith");
        page.waitForView("patient-view");
        page.click("create-own-account");
        page.waitForView("new-account-view");
        assertThat(inputValue("account-family-name")).isEqualTo("Smith");
        page.click("account-create");
        page.waitForView("account-view");
        assertThat(page.text("account-status")).startsWith("INACTIVE");

        page.click("idv-form");
        page.select("idv-document", "Passport");
        Path scan = Files.write(dir.resolve("passport.pdf"), "%PDF-1.7 scanned passport".getBytes());
        page.upload("idv-upload", scan);
        page.click("idv-save");
        page.waitForText("account-messages", "Identity verification recorded");
        assertThat(page.text("account-verifications")).contains("Passport").contains("passport.pdf")
                .contains("Excluded from GP2GP transfer");

        page.click("letter-issue");
        page.waitForView("letter-view");
        String accountId = page.text("letter-account-id");
        String key = page.text("letter-key");
        assertThat(page.text("letter-ods")).isEqualTo("Y99999");
        assertThat(key).matches("[A-Za-z2-9]{16}");
        assertThat(page.shows("letter-print")).isTrue();
        page.signOut();

        // a clinician switches appointments off for Lily, with a reason
        page.signInStaff("drpatel", STAFF_PASSWORD);
        page.type("patient-search", "Lily");
        page.click("patient-search-button");
        page.clickLink("Lily Demo");
        page.waitForView("patient-view");
        page.click("patient-service-APPOINTMENTS");
        page.type("patient-service-reason-APPOINTMENTS", "Lily asked to book her own appointments");
        page.click("patient-service-save-APPOINTMENTS");
        page.waitForText("patient-messages", "is now off");
        assertThat(page.text("patient-service-history")).contains("Appointments").contains("Off")
                .contains("Lily asked to book her own appointments");
        page.signOut();

        // Olivia sets up her online account with the letter and lands on her services
        new Registration(accountId, key, "Smith", LocalDate.of(1992, 11, 5), "olivia.smith", "Kettle-River-Orange-7")
                .submit(page);
        page.waitForView("acting-for");
        page.waitForView("service-appointments");
        page.open("account").waitForView("citizen-account-view");
        page.type("password-current", "Kettle-River-Orange-7");
        page.type("password-new", "Lantern-Meadow-Copper-3");
        page.type("password-confirm", "Lantern-Meadow-Copper-3");
        page.click("password-change");
        page.waitForText("account-page-messages", "Your password has been changed.");
        page.signOut();
        page.signIn("olivia.smith", "Lantern-Meadow-Copper-3");
        page.signOut();

        // Jane acts for herself, then Lily (nothing available now), then Sam
        page.signIn("jane.demo", "Portal-Demo-2026!");
        page.waitForView("service-appointments");
        actFor("Lily Demo");
        assertThat(page.text("home-services")).contains("No online services are available for Lily Demo");
        assertThat(page.shows("service-appointments")).isFalse();
        assertThat(page.navigation()).doesNotContain("nav-appointments");
        actFor("Sam Demo");
        page.waitForView("service-appointments");

        // a citizen's session never opens a practice page
        page.open("practice/patients/1").waitForView("staff-sign-in-view");
        assertThat(page.shows("patient-view")).isFalse();
        assertThat(page.text("staff-sign-in-citizen-notice")).isNotBlank();

        page.open("access-log").waitForView("access-log-table");
        assertThat(page.text("access-log-table")).contains("Signed in").contains("Jane Demo")
                .contains("You, using your online account");
    }

    @Test
    void givenWrongLetterDetails_thenTheAnswerNeverSaysWhichDetail_andAWrongPasswordLocksAfterFiveTries() {
        new Registration("DEMO100002", "Hp4Wn8Qz3Rk7Xt2M", "Carer", LocalDate.of(1970, 7, 8), "carol.again",
                "Kettle-River-Orange-7").submit(page);
        page.waitForText("register-error", "These details do not match our records");

        for (int attempt = 1; attempt <= 5; attempt++) {
            page.open("sign-in");
            page.type("sign-in-username", "jane.demo");
            page.type("sign-in-password", "not-her-password");
            page.click("sign-in-button");
            // paused after the fifth, but with the same words: "locked" would confirm the username is real
            page.waitForText("sign-in-error", "not right");
        }
    }

    @Test
    void givenJaneSignedIn_whenTheReceptionIssuesHerANewLetter_thenHerOpenPageIsSignedOutAtOnce() {
        page.signIn("jane.demo", "Portal-Demo-2026!");
        ChromeDriver staffBrowser = Browsers.headlessChromium();
        try {
            PortalPage staff = new PortalPage(staffBrowser, portal.port()).signInStaff("reception", STAFF_PASSWORD);
            staff.type("account-search", "DEMO100001");
            staff.click("account-search-button");
            staff.click("account-DEMO100001");
            staff.waitForView("account-view");
            staff.type("letter-reason", "Forgotten password");
            staff.click("letter-issue");
            staff.waitForView("letter-key");
        } finally {
            staffBrowser.quit();
        }

        // no click on Jane's side: the page learns over push that its session has ended
        page.waitForView("citizen-sign-in-view");
        page.waitForNotification("signed out by your GP practice");
        page.open("sign-in");
        page.type("sign-in-username", "jane.demo");
        page.type("sign-in-password", "Portal-Demo-2026!");
        page.click("sign-in-button");
        page.waitForText("sign-in-error", "not right");
    }

    private String inputValue(String id) {
        return page.value(id);
    }
}
