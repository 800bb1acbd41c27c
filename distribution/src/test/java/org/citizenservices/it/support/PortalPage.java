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

    /** Signs a citizen in through the sign-in page and waits for their home page. */
    public PortalPage signIn(String username, String password) {
        open("sign-in");
        type("sign-in-username", username);
        type("sign-in-password", password);
        click("sign-in-button");
        waitForSignedIn("acting-for");
        waitForView("home-view");
        return this;
    }

    /** Signs a practice user in and waits for the practice start page. */
    public PortalPage signInStaff(String username, String password) {
        open("practice/sign-in");
        type("staff-username", username);
        type("staff-password", password);
        click("staff-sign-in");
        waitForSignedIn("practice-home-view");
        waitFor(By.id("staff-name"));
        return this;
    }

    public PortalPage signOut() {
        click("sign-out");
        wait(Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("sign-in-link")).isEmpty()
                || !d.findElements(By.id("staff-sign-in-view")).isEmpty());
        return this;
    }

    /**
     * Types into a Vaadin text field, text area, date or time picker (its inner input), replacing what is there; a
     * picker's value is committed with Enter, which also closes the overlay it opens while typing.
     */
    public void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        if (!text.equals(input.getAttribute("value"))) {
            // something else wrote into the field meanwhile (the browser's autofill): type it once more
            input.clear();
            input.sendKeys(text);
        }
        if (field.getTagName().endsWith("-picker")) {
            input.sendKeys(org.openqa.selenium.Keys.ENTER);
        }
        // commit the value to the server before the next action
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
    }

    /**
     * Picks the item with this visible text in a Vaadin select: opens it, then chooses among the items of its open
     * list (other selects on the page show their chosen item too, which must not count).
     */
    public void select(String id, String itemText) {
        WebElement select = waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        // the field itself: a click on the label or the gap below it does not open the list
        select.findElement(By.cssSelector("vaadin-select-value-button")).click();
        By openItems = By.cssSelector("vaadin-select-list-box vaadin-select-item");
        wait(Duration.ofSeconds(10)).withMessage(() -> id + " did not open")
                .until(d -> d.findElements(openItems).stream().anyMatch(WebElement::isDisplayed));
        driver.findElements(openItems).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(itemText))
                .findFirst().orElseThrow(() -> new IllegalStateException("no item '" + itemText + "' in " + id + ": "
                        + driver.findElements(openItems).stream().map(e -> "'" + e.getText() + "'").toList()))
                .click();
        // the closing list's items may be removed while they are looked at: a removed item is a closed one
        wait(Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(openItems).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Waits until Vaadin has no round trip in flight and the page has painted what it answered. */
    public void settle() {
        wait(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()));")));
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits until the view with this element id is shown. */
    public WebElement waitForView(String id) {
        return waitFor(By.id(id));
    }

    /** The id of the first element matching a CSS selector, once there is one. */
    public String firstId(String css) {
        return waitFor(By.cssSelector(css)).getAttribute("id");
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
        WebElement element = waitFor(By.id(id));
        // centred first: the portal's fixed header would otherwise sit over elements scrolled to the top edge
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
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

    /** Clicks the link with this text once it is there. */
    public void clickLink(String text) {
        WebElement link = waitFor(By.linkText(text));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
    }

    /** Waits until the element's text contains {@code text}. */
    public void waitForText(String id, String text) {
        wait(Duration.ofSeconds(10)).withMessage(() -> id + " does not say '" + text + "' but '"
                        + driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("(absent)")
                        + "'")
                .ignoring(StaleElementReferenceException.class)
                .until(d -> text(id).contains(text));
    }

    /** The element's text as a person reads it, once scrolled to (Selenium reads no text scrolled out of view). */
    public String text(String id) {
        WebElement element = waitFor(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element.getText();
    }

    /** After a sign-in click: the element of the signed-in page, or a failure that says what the page said instead. */
    private void waitForSignedIn(String id) {
        wait(Duration.ofSeconds(20)).withMessage(() -> "not signed in: " + driver.getCurrentUrl() + " says '"
                        + driver.findElement(By.tagName("body")).getText().replace('\n', ' ') + "'")
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    protected WebElement waitFor(By by) {
        return wait(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    protected WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }
}
