package org.citizenservices.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * The portal as a user sees it: the navigation, the view shown, notices. Vaadin answers 200 with the same bootstrap
 * page for every path, so everything here reads the rendered DOM.
 */
public class PortalPage {

    protected final WebDriver driver;
    private final String baseUrl;

    public PortalPage(WebDriver driver, int port) {
        this.driver = driver;
        this.baseUrl = "http://localhost:" + port + "/";
    }

    public PortalPage open(String path) {
        driver.get(baseUrl + path);
        waitFor(By.id("citizen-nav"));
        return this;
    }

    /** Waits until the view with this element id is shown. */
    public WebElement waitForView(String id) {
        return waitFor(By.id(id));
    }

    public boolean shows(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Ids of the navigation entries, citizen and practice. */
    public List<String> navigation() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getAttribute("id")).toList();
    }

    public void waitForNavigation(String id, boolean present) {
        wait(Duration.ofSeconds(10))
                .withMessage(() -> "navigation " + (present ? "lacks " : "still has ") + id + ": " + navigation())
                .until(d -> navigation().contains(id) == present);
    }

    public void click(String id) {
        waitFor(By.id(id)).click();
    }

    /** Texts of the notifications on screen. */
    @SuppressWarnings("unchecked")
    public List<String> notifications() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(c => c.innerText || c.textContent);");
    }

    public void waitForNotification(String containing) {
        wait(Duration.ofSeconds(10))
                .withMessage(() -> "no notification containing '" + containing + "'; shown: " + notifications())
                .until(d -> notifications().stream().anyMatch(t -> t.contains(containing)));
    }

    public String text(String id) {
        return waitFor(By.id(id)).getText();
    }

    protected WebElement waitFor(By by) {
        return wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    protected WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }
}
