package org.citizenservices.it;

import org.citizenservices.it.support.DemoPortalJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Online proxy applications in a real browser against the built distribution with the demo practice: Jane applies to
 * act for her neighbour Arthur (a wrong date of birth tells her nothing), reception records his written consent and
 * approves until a day, and Jane then acts for him; Carol applies for Jane, who agrees from her own account, and for
 * Sam, which the practice declines with a reason Carol reads.
 */
class ProxyApplicationJourneysIT extends DemoPortalJourney {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void janeAppliesForArthur_hisWrittenConsentIsRecorded_thePracticeApprovesUntilADay_andJaneActsForHim() {
        page.signIn("jane.demo", PORTAL_PASSWORD);
        page.open("account").waitForView("citizen-account-view");
        apply("999 000 0042", "Elder", "03/11/1941", "friend", "I am Arthur's neighbour and drive him to the surgery.");
        page.waitForText("proxy-application-messages", "We could not find a patient registered at your practice");
        page.type("proxy-born", "02/11/1941");
        page.click("proxy-apply");
        page.waitForText("proxy-application-messages", "Applied.");
        page.waitForRow("proxy-applications-table", "Arthur Elder", "Waiting for Arthur Elder to agree");
        page.signOut();

        page.signInStaff("reception", STAFF_PASSWORD);
        page.open("practice/proxy-applications").waitForView("proxy-applications-view");
        page.waitForText("proxy-applications-table", "I am Arthur's neighbour");
        String id = applicationFor("Arthur Elder");
        page.click("written-consent-" + id);
        page.waitForText("proxy-applications-messages", "Written consent recorded.");
        LocalDate lastDay = LocalDate.now().plusMonths(6);
        page.type("approve-until-" + id, lastDay.format(TYPED));
        page.click("approve-" + id);
        page.waitForText("proxy-applications-messages", "Approved: Jane Demo can now act for Arthur Elder.");
        page.signOut();

        signInActingFor("jane.demo", "Arthur Elder");
        page.open("account").waitForView("citizen-account-view");
        page.waitForRow("proxy-applications-table", "Arthur Elder", "Approved");
        page.waitForRow("proxy-acting-for-table", "Arthur Elder", "Until "
                + lastDay.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)) + " (the last day)");
    }

    @Test
    void carolAppliesForJane_whoAgreesFromHerOwnAccount_andForSam_whichThePracticeDeclinesWithAReason() {
        page.signIn("carol.carer", PORTAL_PASSWORD);
        page.open("account").waitForView("citizen-account-view");
        apply("999 000 0018", "Demo", "14/03/1985", "friend", "Jane asked me to book her appointments while she"
                + " is in a cast.");
        page.waitForRow("proxy-applications-table", "Jane Demo", "Waiting for Jane Demo to agree");
        apply("999 000 0026", "Demo", "02/06/2019", "other relative", "I am Sam's aunt.");
        page.waitForRow("proxy-applications-table", "Sam Demo", "With the practice");
        page.signOut();

        page.signIn("jane.demo", PORTAL_PASSWORD);
        page.open("account").waitForView("citizen-account-view");
        page.waitForText("proxy-consents-table", "Carol Carer (friend)");
        page.click(page.firstId("vaadin-button[id^='consent-yes-']"));
        page.waitForText("proxy-application-messages", "Thank you. The practice will now decide");
        page.signOut();

        page.signInStaff("reception", STAFF_PASSWORD);
        page.open("practice/proxy-applications").waitForView("proxy-applications-view");
        page.waitForText("proxy-applications-table", "Confirmed from the patient's own account");
        String sams = applicationFor("Sam Demo");
        page.type("decline-reason-" + sams, "Please ask Sam's mother to apply with you.");
        page.click("decline-" + sams);
        page.waitForText("proxy-applications-messages", "Declined; the applicant will see your reason.");
        page.signOut();

        page.signIn("carol.carer", PORTAL_PASSWORD);
        page.open("account").waitForView("citizen-account-view");
        page.waitForRow("proxy-applications-table", "Sam Demo", "Declined: Please ask Sam's mother to apply with you.");
        page.waitForRow("proxy-applications-table", "Jane Demo", "With the practice");
    }

    private void apply(String nhsNumber, String surname, String born, String relationship, String evidence) {
        page.type("proxy-nhs", nhsNumber);
        page.type("proxy-surname", surname);
        page.type("proxy-born", born);
        page.select("proxy-relationship", relationship);
        page.tick("proxy-services", "Appointments");
        page.type("proxy-evidence", evidence);
        page.click("proxy-apply");
    }

    /** The id of the application for this patient, read from the link to the patient in its row. */
    private String applicationFor(String patient) {
        for (WebElement link : browser.findElements(By.cssSelector("a[id^='application-patient-']"))) {
            if (link.getText().trim().equals(patient)) {
                return link.getAttribute("id").substring("application-patient-".length());
            }
        }
        throw new AssertionError("no application for " + patient);
    }
}
