package org.citizenservices.it;

import org.citizenservices.it.support.DemoPortalJourney;
import org.citizenservices.it.support.Layout;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The View Record journeys in a real browser against the built distribution with the demo records: Jane reads her
 * allergies, sorts her consultations by date and opens her HbA1c's trend, with the mandated statement and without
 * either restricted entry;
 * as Sam's proxy she sees his SUMMARY only; a clinician reviews Jane's discharge summary and files her vitamin D
 * result, and sees, as Jane would, that both are now there.
 */
class RecordJourneysIT extends DemoPortalJourney {

    static final String STATEMENT = "This is a limited view of the Patient Record and may not include any free text.";

    @Override
    protected Map<String, Path> modules() {
        return Map.of("record", Layout.recordJar());
    }

    /** The texts of the cells of a grid (the practice's pages) or a table (the citizen's), as rendered. */
    private List<String> cells(String gridId) {
        return page.texts("#" + gridId + " vaadin-grid-cell-content, #" + gridId + " tbody td");
    }

    private void waitForCell(String gridId, String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> cells(gridId).stream().anyMatch(c -> c.contains(text)));
    }

    @Test
    void janeReadsHerRecord_thenSamsSummaryAsHisProxy_andAsksTheGpToSeeMoreOfIt() {
        page.signIn("jane.demo", PORTAL_PASSWORD);
        page.click("nav-record");
        page.waitForView("record-view");
        assertThat(page.text("record-statement")).startsWith(STATEMENT);
        assertThat(page.text("record-demographics")).contains("999 000 0018", "14 March 1985");
        // which rule shows what: her new entries since her account began, in full
        assertThat(page.text("more-access-new-entries")).contains("from 5 February 2024 is shown in full");

        page.click("record-tab-allergies");
        waitForCell("record-items", "Allergy to penicillin");

        page.click("record-tab-consultations");
        waitForCell("record-items", "Influenza vaccination clinic");
        page.select("record-sort", "Date (newest first)");
        page.settle();
        List<String> consultations = cells("record-items");
        // newest first: the flu clinic of September 2025 heads the list
        List<String> dates = consultations.stream()
                .filter(c -> c.matches("\\d{1,2} \\S+ \\d{4}, (\\d{1,2}(:\\d\\d)?[ap]m|midday|midnight)")).toList();
        assertThat(dates).isNotEmpty();
        assertThat(dates.get(0)).startsWith("30 Sep").contains("2025");
        assertThat(String.join("\n", consultations)).doesNotContain("Domestic abuse concern")
                .contains("Peak flow 410 L/min");

        // her HbA1c over three years: the chart, the same in words, and the table of every result
        page.click("record-tab-test-results");
        waitForCell("record-items", "Haemoglobin A1c level");
        // each result with its request, its flag in words and the clinician's comment for her
        assertThat(String.join("\n", cells("record-items"))).contains("Test request: Full blood count",
                "132 g/L (range 115-165) — Normal", "44 mmol/mol (range 20-41) — High",
                "Comment from your practice: Slightly raised: please book a review with the practice nurse.",
                "Comment from your practice: Back to normal: no action needed.");
        // any of her three HbA1c rows opens the same trend
        String hba1cTrend = page.ids("vaadin-button[id^='record-trend-']").stream()
                .filter(id -> page.text(id.replace("record-trend-", "record-item-")).startsWith("Haemoglobin A1c"))
                .findFirst().orElseThrow();
        page.click(hba1cTrend);
        page.waitForView("trend-dialog");
        String hba1c = page.text("trend-summary");
        assertThat(hba1c).isEqualTo("Haemoglobin A1c level: 3 results, from 12 January 2023 to 15 January 2025. "
                + "Lowest 36 mmol/mol, highest 44 mmol/mol (High). Latest 36 mmol/mol. Reference range 20-41.");
        assertThat(browser.findElement(org.openqa.selenium.By.id("trend-chart")).getAttribute("alt"))
                .isEqualTo(hba1c);
        assertThat(cells("trend-table")).contains("39 mmol/mol", "44 mmol/mol", "36 mmol/mol", "High", "Normal");
        page.click("trend-close");

        // what the page shows, as files to keep: fetched by the browser through the page's own links
        for (String[] download : new String[][]{{"record-download-pdf", "%PDF-"}, {"record-download-fhir", "{"}}) {
            String href = browser.findElement(org.openqa.selenium.By.id(download[0])).getAttribute("href");
            Object start = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => r.text()).then(t => done(t.trim().substring(0, 5)))"
                    + ".catch(e => done('failed: ' + e));", href);
            assertThat((String) start).startsWith(download[1]);
        }

        page.click("record-tab-problems");
        waitForCell("record-items", "Essential hypertension");
        assertThat(String.join("\n", cells("record-items"))).doesNotContain("Termination of pregnancy");

        actFor("Sam Demo");
        page.click("nav-record");
        page.waitForView("record-view");
        assertThat(page.text("record-statement")).startsWith(STATEMENT);
        assertThat(page.shows("record-tab-allergies")).isTrue();
        assertThat(page.shows("record-tab-consultations")).isFalse();
        assertThat(page.shows("record-tab-immunisations")).isFalse();
        assertThat(page.shows("record-demographics")).isFalse();
        waitForCell("record-items", "Allergy to peanuts");
        assertThat(page.text("more-access-new-entries")).contains("to the patient themself");

        // his mother asks to see more of his record; Dr Patel approves it, and Sam's record shows more at once
        page.click("more-access-ask");
        page.chooseRadio("more-access-wants", "More detail");
        page.select("more-access-level", "Detailed coded record (no free text)");
        page.type("more-access-reason", "To keep track of Sam's immunisations for school.");
        page.click("more-access-send");
        page.waitForText("more-access-message", "Sent.");
        page.waitForText("more-access-requests", "waiting for the practice");
        page.signOut();
        page.signInStaff("drpatel", STAFF_PASSWORD);
        page.open("practice/record-requests").waitForView("access-requests-view");
        waitForCell("access-requests", "To keep track of Sam's immunisations for school.");
        page.click(page.idOf("vaadin-button[id^='approve-']", "Approve"));
        page.waitForView("access-request-dialog");
        page.click("access-request-confirm");
        page.waitForText("access-requests-message", "Approved");
        page.signOut();
        signInActingFor("jane.demo", "Sam Demo");
        page.click("nav-record");
        page.waitForView("record-view");
        page.waitForText("more-access-requests", "approved by Dr Asha Patel");
        assertThat(page.shows("record-tab-immunisations")).isTrue();
    }

    @Test
    void onAPhone_janeChoosesASectionFromAList_andReadsEachEntryAsACard() {
        page.signIn("jane.demo", PORTAL_PASSWORD);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            page.open("record").waitForView("record-view");
            // the tabs give way to a select naming every section in full
            assertThat(browser.findElement(org.openqa.selenium.By.id("record-sections")).isDisplayed()).isFalse();
            page.select("record-sections-select", "Immunisations");
            waitForCell("record-items", "Seasonal influenza vaccination");
            assertThat(page.rightEdges("#record-items tbody tr")).as("each card inside the screen")
                    .isNotEmpty().allSatisfy(right -> assertThat(right).isLessThanOrEqualTo(320));
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void aClinicianReviewsTheDischargeSummaryAndFilesAResult_andViewingAsJaneShowsBoth() {
        page.signInStaff("drpatel", STAFF_PASSWORD);
        page.open("practice/record").waitForView("practice-record-view");
        page.type("record-nhs", "999 000 0018");
        page.click("record-open");
        page.waitForText("record-patient", "Jane Demo");
        waitForCell("record-entries", "Hospital discharge summary");
        assertThat(String.join("\n", cells("record-entries"))).contains("Restricted from View Record");

        page.click("view-as");
        page.waitForView("view-as-dialog");
        waitForCell("view-as-items", "Blood test results letter");
        assertThat(String.join("\n", cells("view-as-items"))).doesNotContain("Hospital discharge summary",
                "Domestic abuse concern", "Termination of pregnancy", "Serum vitamin D level");
        page.click("view-as-close");

        // entries are newest first: the first still awaiting review is the discharge summary of November 2025
        String dischargeId = page.idOf("vaadin-button[id^='review-']", "Mark reviewed");
        page.click(dischargeId);
        page.waitForText("record-messages", "Marked reviewed.");

        // back from the laboratory: the practice sees it is not filed; nobody else sees it until a clinician files it
        assertThat(String.join("\n", cells("record-entries"))).contains("Serum vitamin D level",
                "Not filed: not shown online");
        page.click(page.idOf("vaadin-button[id^='file-']", "File result"));
        page.waitForText("record-messages", "Filed:");

        page.click("view-as");
        page.waitForView("view-as-dialog");
        waitForCell("view-as-items", "Hospital discharge summary");
        waitForCell("view-as-items", "Serum vitamin D level");
        assertThat(String.join("\n", cells("view-as-items"))).doesNotContain("Domestic abuse concern");
        page.click("view-as-close");

        // withholding: an entry restricted with a reason the practice reads, and Jane's new-entry access for her safety
        assertThat(page.text("new-entries-status")).contains("shown to the patient in full from 5 February 2024");
        page.click(page.idOf("vaadin-button[id^='restrict-']", "Restrict"));
        page.waitForView("restrict");
        page.click("restrict-confirm");
        page.waitForText("record-messages", "The reason is required.");
        page.click(page.idOf("vaadin-button[id^='restrict-']", "Restrict"));
        page.waitForView("restrict");
        page.type("restrict-reason", "To be discussed with her in person first.");
        page.click("restrict-confirm");
        page.waitForText("record-messages", "Restricted: it is never shown online.");
        waitForCell("record-entries", "Restricted by Dr Asha Patel: To be discussed with her in person first.");
        page.click("new-entries-decide");
        page.waitForView("withhold-new-entries");
        page.type("withhold-new-entries-reason", "Risk of coercion at home.");
        page.click("withhold-new-entries-confirm");
        page.waitForText("record-messages", "New-entry access withheld");
        page.waitForText("new-entries-status", "a clinician decided: Risk of coercion at home.");
    }
}
