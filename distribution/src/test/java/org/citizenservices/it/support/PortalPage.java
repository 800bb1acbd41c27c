package org.citizenservices.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

/**
 * The portal as a user sees it: the navigation, the view shown, notices. Vaadin answers 200 with the same bootstrap
 * page for every path, so everything here reads the rendered DOM.
 *
 * <p>Vaadin may replace an element at any round trip (a push, a view re-rendered), so no action here holds an element
 * from one step to the next: each finds its element afresh and is tried again, found anew, when the element it had
 * was replaced under it ({@link #onFresh}).
 */
public class PortalPage extends PageReadings {

    private final String baseUrl;

    public PortalPage(WebDriver driver, int port) {
        super(driver);
        this.baseUrl = "http://localhost:" + port + "/";
    }

    public PortalPage open(String path) {
        driver.get(baseUrl + path);
        waitFor(By.id("citizen-nav"));
        return this;
    }

    /** Signs a citizen in through the sign-in page and waits for their home page. */
    public PortalPage signIn(String username, String password) {
        submit(SignInFields.CITIZEN, username, password);
        waitForSignedIn("acting-for");
        waitForView("home-view");
        return this;
    }

    /** Signs a practice user in and waits for the practice start page. */
    public PortalPage signInStaff(String username, String password) {
        submit(SignInFields.STAFF, username, password);
        waitForSignedIn("practice-home-view");
        waitFor(By.id("staff-name"));
        return this;
    }

    /**
     * Signs a practice user in with their password and then the second factor {@code code} gives when asked (their
     * authenticator's code, or a recovery code), and waits for the practice start page.
     */
    public PortalPage signInStaff(String username, String password, java.util.function.Supplier<String> code) {
        submit(SignInFields.STAFF, username, password);
        waitForShown("staff-code");
        type("staff-code", code.get());
        click("staff-code-submit");
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
        onFresh(By.id(id), field -> {
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
            return null;
        });
    }

    /** The value of a Vaadin field's inner input. */
    public String value(String id) {
        return onFresh(By.id(id), field -> field.findElement(By.cssSelector("input, textarea")).getAttribute("value"));
    }

    /** Gives a Vaadin upload this file (it starts uploading at once). */
    public void chooseFile(String id, java.nio.file.Path file) {
        onFresh(By.id(id), upload -> {
            upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            return null;
        });
    }

    /** Gives a Vaadin upload this file and waits until the upload lists it. */
    public void upload(String id, java.nio.file.Path file) {
        chooseFile(id, file);
        // read in one script: the file list is re-rendered as the upload progresses
        wait(Duration.ofSeconds(20)).withMessage(() -> id + " did not take " + file.getFileName())
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const upload = document.getElementById(arguments[0]);"
                                + " return !!upload && (upload.querySelector('vaadin-upload-file[complete]') !== null"
                                + " || upload.innerText.includes(arguments[1]));", id, file.getFileName().toString())));
    }

    /**
     * Picks the item with this visible text in a Vaadin select: opens it, then chooses among the items of its open
     * list (other selects on the page show their chosen item too, which must not count).
     */
    public void select(String id, String itemText) {
        onFresh(By.id(id), select -> {
            scrollTo(select);
            // the field itself: a click on the label or the gap below it does not open the list
            select.findElement(By.cssSelector("vaadin-select-value-button")).click();
            return null;
        });
        By openItems = By.cssSelector("vaadin-select-list-box vaadin-select-item");
        wait(Duration.ofSeconds(10)).withMessage(() -> id + " did not open").ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(openItems).stream().anyMatch(WebElement::isDisplayed));
        wait(Duration.ofSeconds(10)).withMessage(() -> "no item '" + itemText + "' in " + id)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    for (WebElement item : d.findElements(openItems)) {
                        if (item.isDisplayed() && item.getText().trim().equals(itemText)) {
                            item.click();
                            return true;
                        }
                    }
                    return false;
                });
        wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
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

    public void click(String id) {
        click(By.id(id));
    }

    /** Clicks the radio button of a group whose label starts so, and waits for the page to take it. */
    public void chooseRadio(String groupId, String labelStart) {
        clickOption(groupId, "vaadin-radio-button", labelStart);
    }

    /** Ticks (or unticks) the checkbox of a group whose label starts so, and waits for the page to take it. */
    public void tick(String groupId, String labelStart) {
        clickOption(groupId, "vaadin-checkbox", labelStart);
    }

    private void clickOption(String groupId, String tag, String labelStart) {
        wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            for (WebElement option : d.findElement(By.id(groupId)).findElements(By.tagName(tag))) {
                if (option.getText().startsWith(labelStart)) {
                    // below the portal's sticky header otherwise
                    scrollTo(option);
                    option.click();
                    return true;
                }
            }
            return false;
        });
        settle();
    }

    /** Clicks the link with this text once it is there. */
    public void clickLink(String text) {
        click(By.linkText(text));
    }

    protected void click(By by) {
        onFresh(by, element -> {
            scrollTo(element);
            element.click();
            return null;
        });
    }

    /** After a sign-in click: the element of the signed-in page, or a failure that says what the page said instead. */
    private void submit(SignInFields form, String username, String password) {
        open(form.path());
        type(form.username(), username);
        type(form.password(), password);
        click(form.button());
    }

    private void waitForSignedIn(String id) {
        wait(Duration.ofSeconds(20)).withMessage(() -> "not signed in: " + driver.getCurrentUrl() + " says '"
                        + driver.findElement(By.tagName("body")).getText().replace('\n', ' ') + "'")
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

}
