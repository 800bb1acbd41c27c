package org.citizenservices.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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
        // the options are found afresh on every try: the form may be re-rendered while it is read
        wait(java.time.Duration.ofSeconds(20)).withMessage(() -> "no rating '" + ratingLabel + "'")
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    for (WebElement option : d.findElements(By.cssSelector("#feedback-rating vaadin-radio-button"))) {
                        if (option.getText().trim().equals(ratingLabel)) {
                            option.findElement(By.cssSelector("input")).click();
                            return true;
                        }
                    }
                    return false;
                });
        type("feedback-comment", comment);
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
