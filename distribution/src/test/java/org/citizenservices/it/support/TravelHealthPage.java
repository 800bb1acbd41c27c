package org.citizenservices.it.support;

import org.openqa.selenium.WebDriver;

/**
 * The example module's pages (what the module archetype generates): a patient's travel health request and the
 * practice's list of them.
 */
public final class TravelHealthPage extends PortalPage {

    public TravelHealthPage(WebDriver driver, int port) {
        super(driver, port);
    }

    @Override
    public TravelHealthPage open(String path) {
        super.open(path);
        return this;
    }

    public TravelHealthPage send(String details) {
        waitForView("travel-health-view");
        type("travel-health-details", details);
        click("travel-health-send");
        waitForText("travel-health-view", details);
        return this;
    }

    /** The practice's list of requests, as its rows read. */
    public String practiceList() {
        waitForView("practice-travel-health-view");
        return text("practice-travel-health-list");
    }
}
