package org.citizenservices.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The example module's Friends and Family Test form and the practice's results page. */
public final class FeedbackPage extends PortalPage {

    public FeedbackPage(WebDriver driver, int port) {
        super(driver, port);
    }

    @Override
    public FeedbackPage open(String path) {
        super.open(path);
        return this;
    }

    public FeedbackPage answer(String ratingLabel, String comment) {
        waitForView("feedback-view");
        for (WebElement option : driver.findElements(By.cssSelector("#feedback-rating vaadin-radio-button"))) {
            if (option.getText().trim().equals(ratingLabel)) {
                option.findElement(By.cssSelector("input")).click();
            }
        }
        driver.findElement(By.cssSelector("#feedback-comment textarea")).sendKeys(comment);
        click("feedback-submit");
        waitForNotification("Thank you");
        return this;
    }

    /** The results page's count lines, e.g. "Very good: 1". */
    public String counts() {
        return text("feedback-counts");
    }

    public String latest() {
        return text("feedback-latest");
    }
}
