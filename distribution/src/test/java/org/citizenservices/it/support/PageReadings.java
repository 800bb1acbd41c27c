package org.citizenservices.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * What a test reads off the rendered page, and the waits it reads with: Vaadin may replace an element at any round
 * trip, so each reading finds its element afresh ({@link #onFresh}). {@link PortalPage} adds what a user does.
 */
public abstract class PageReadings {

    protected final WebDriver driver;

    PageReadings(WebDriver driver) {
        this.driver = driver;
    }

    /** The id of the first element matching a CSS selector, once there is one. */
    public String firstId(String css) {
        return onFresh(By.cssSelector(css), element -> element.getAttribute("id"));
    }

    /** The id of the first element matching a CSS selector whose text contains {@code text}, once there is one. */
    public String idOf(String css, String text) {
        return wait(Duration.ofSeconds(20)).withMessage(() -> "no " + css + " saying '" + text + "'")
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .filter(e -> e.getText().contains(text)).findFirst().map(e -> e.getAttribute("id"))
                        .orElse(null));
    }

    /** The ids of every element matching a CSS selector now, in page order (read in one go). */
    @SuppressWarnings("unchecked")
    public List<String> ids(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.id);", css);
    }

    /** The texts of every element matching a CSS selector now, in page order, blank ones left out (read in one go). */
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => (e.innerText || '').trim())"
                        + ".filter(t => t.length > 0);", css);
    }

    /** Where each element matching a CSS selector ends on the right, in CSS pixels from the screen's left edge. */
    @SuppressWarnings("unchecked")
    public List<Long> rightEdges(String css) {
        return (List<Long>) ((JavascriptExecutor) driver).executeScript("return Array.from("
                + "document.querySelectorAll(arguments[0])).map(e => Math.round(e.getBoundingClientRect().right));", css);
    }

    /** An attribute of the first element matching a CSS selector, once there is one. */
    public String attribute(String css, String name) {
        return onFresh(By.cssSelector(css), element -> element.getAttribute(name));
    }

    /** Waits until the element with this id is shown, not merely on the page (a hidden step of a form). */
    public void waitForShown(String id) {
        wait(Duration.ofSeconds(20)).withMessage(() -> "no " + id + " shown")
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed));
    }

    public boolean shows(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Ids of the navigation entries, citizen and practice (read in one go: the menu changes over push). */
    @SuppressWarnings("unchecked")
    public List<String> navigation() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-side-nav-item')).map(e => e.id);");
    }

    public void waitForNavigation(String id, boolean present) {
        wait(Duration.ofSeconds(10))
                .withMessage(() -> "navigation " + (present ? "lacks " : "still has ") + id + ": " + navigation())
                .until(d -> navigation().contains(id) == present);
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

    /** Waits until the element's text contains {@code text}. */
    public void waitForText(String id, String text) {
        wait(Duration.ofSeconds(10)).withMessage(() -> id + " does not say '" + text + "' but '"
                        + driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("(absent)")
                        + "'")
                .ignoring(StaleElementReferenceException.class)
                .until(d -> text(id).contains(text));
    }

    /**
     * Waits until a row of the table (a {@code StackingTable}) with this id says every one of {@code parts}: a row's
     * cells are read together, whether the table shows as a table or as cards.
     */
    public void waitForRow(String tableId, String... parts) {
        String css = "#" + tableId + " tbody tr";
        wait(Duration.ofSeconds(10)).withMessage(() -> tableId + " has no row saying " + List.of(parts) + ": "
                        + texts(css))
                .until(d -> texts(css).stream().anyMatch(row -> List.of(parts).stream().allMatch(row::contains)));
    }

    /** The element's text as a person reads it, once scrolled to (Selenium reads no text scrolled out of view). */
    public String text(String id) {
        return onFresh(By.id(id), element -> {
            scrollTo(element);
            return element.getText();
        });
    }

    /**
     * Does something with the element {@code by} finds, once it is there; when Vaadin replaced it meanwhile, finds the
     * new one and does it again. Only for steps that are the same when repeated (a click that went through does not
     * throw).
     */
    protected <T> T onFresh(By by, java.util.function.Function<WebElement, T> action) {
        return wait(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "no " + by + " to act on")
                .until(d -> {
                    List<WebElement> found = d.findElements(by);
                    // wrapped: an action's null or false is its answer, not "try again"
                    return found.isEmpty() ? null : java.util.Optional.ofNullable(action.apply(found.get(0)));
                })
                .orElse(null);
    }

    /** Centred: the portal's fixed header would otherwise sit over elements scrolled to the top edge. */
    protected void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    protected WebElement waitFor(By by) {
        return wait(Duration.ofSeconds(20)).until(driver -> {
            try {
                return ExpectedConditions.presenceOfElementLocated(by).apply(driver);
            } catch (org.openqa.selenium.WebDriverException navigating) {
                // a sign-in reloads the page: a look that lands mid-navigation is aborted, not an answer
                if (String.valueOf(navigating.getMessage()).contains("aborted by navigation")) {
                    return null;
                }
                throw navigating;
            }
        });
    }

    protected WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }
}
