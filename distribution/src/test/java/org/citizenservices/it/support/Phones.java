package org.citizenservices.it.support;

import org.citizenservices.testkit.AxeAudit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A page as a phone shows it, checked: at 320 × 640 (the WCAG reflow width) and 375 × 667 (a common small phone),
 * emulated as a mobile device so that the viewport meta tag applies. At each size the page must not scroll sideways,
 * nothing in it may scroll sideways in itself, every list row, table row and button must lie inside the screen's
 * width, every control must be at least 44 × 44 px (NHS.UK's touch target), the header must take at most a quarter
 * of the screen, and axe must find no violation at all. Then the same page at 1280 px with text at 200 % (the
 * browser's own text size, so the page's media queries follow it as they would for the person who set it) must not
 * scroll sideways either. Full-page screenshots at 320 px and 1280 px go to {@code target/screenshots/}.
 */
public final class Phones {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private record Size(int width, int height) {
    }

    private static final List<Size> PHONES = List.of(new Size(320, 640), new Size(375, 667));

    private final ChromeDriver driver;
    private final AxeAudit axe;

    public Phones(ChromeDriver driver, AxeAudit axe) {
        this.driver = driver;
        this.axe = axe;
    }

    /** Checks the page shown now at each phone size and with large text; answers what is wrong, each naming the page. */
    public List<String> check(String page) throws IOException {
        List<String> problems = new ArrayList<>();
        Files.createDirectories(SCREENSHOTS);
        save(page + "-1280");
        try {
            for (Size phone : PHONES) {
                emulate(phone.width(), phone.height(), true);
                String at = page + " at " + phone.width() + " px";
                layoutProblems(true).forEach(p -> problems.add(at + ": " + p));
                axe.check(driver, at).details().forEach(p -> problems.add(at + ": " + p));
                if (phone.width() == 320) {
                    save(page + "-320");
                }
            }
            emulate(1280, 800, false);
            driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 32, "fixed", 26)));
            settle();
            layoutProblems(false).forEach(p -> problems.add(page + " with text at 200 %: " + p));
        } finally {
            driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16, "fixed", 13)));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            settle();
        }
        return problems;
    }

    private void emulate(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
        settle();
    }

    @SuppressWarnings("unchecked")
    private List<String> layoutProblems(boolean phone) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(LAYOUT, phone);
    }

    /**
     * What a phone's reader would trip over. Rows and buttons are measured where they are, scrolled or not: a Book
     * button to the right of the screen is as lost as one inside a sideways-scrolling grid.
     */
    private static final String LAYOUT = "const phone = arguments[0]; const w = window.innerWidth; const out = [];"
            + " const name = e => (e.id ? '#' + e.id : e.localName + (e.className && e.className.baseVal === undefined"
            + "   && e.className ? '.' + e.className.split(' ')[0] : ''))"
            + "   + ' \"' + (e.innerText || '').trim().slice(0, 40).replace(/\\s+/g, ' ') + '\"';"
            + " const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0"
            + "   && getComputedStyle(e).visibility !== 'hidden' && !e.closest('thead, .visually-hidden'); };"
            + " if (document.documentElement.scrollWidth > w + 1)"
            + "   out.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + w + ' px screen');"
            + " for (const e of document.querySelectorAll('main *')) { const s = getComputedStyle(e);"
            + "   if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1)"
            + "     out.push(name(e) + ' scrolls sideways'); }"
            + " const inside = 'tbody tr, li, vaadin-button, a, vaadin-select, vaadin-text-field, vaadin-text-area,"
            + "   vaadin-date-picker';"
            + " const open = [...document.querySelectorAll('vaadin-dialog-overlay[opened]')];"
            + " for (const e of [...document.querySelectorAll('main :is(' + inside + ')')]"
            + "     .concat(open.flatMap(o => [...o.querySelectorAll(inside)]))) {"
            + "   if (!shown(e)) continue; const r = e.getBoundingClientRect();"
            + "   if (r.left < -1 || r.right > w + 1) out.push(name(e) + ' lies at ' + Math.round(r.left) + '–'"
            + "     + Math.round(r.right) + ' px, outside the screen'); }"
            + " if (!phone) return out;"
            + " const header = document.querySelector('header');"
            + " if (header && header.getBoundingClientRect().height > window.innerHeight / 4)"
            + "   out.push('the header takes ' + Math.round(header.getBoundingClientRect().height) + ' of '"
            + "     + window.innerHeight + ' px');"
            + " const fields = 'vaadin-select, vaadin-text-field, vaadin-text-area, vaadin-password-field,"
            + "   vaadin-date-picker, vaadin-integer-field, vaadin-combo-box';"
            + " for (const e of document.querySelectorAll('vaadin-button, vaadin-drawer-toggle, vaadin-checkbox,"
            + "     vaadin-radio-button, header a, .service-card, ' + fields)) {"
            + "   if (!shown(e)) continue;"
            + "   const part = e.matches(fields) && e.shadowRoot && e.shadowRoot.querySelector('[part~=input-field]');"
            + "   const r = (part || e).getBoundingClientRect();"
            + "   if (r.width < 43.5 || r.height < 43.5) out.push(name(e) + ' is a ' + Math.round(r.width) + ' × '"
            + "     + Math.round(r.height) + ' px target'); }"
            + " return out;";

    /** The whole page, not just the screen: a phone's reader scrolls down it; an open dialog as the screen shows it. */
    private void save(String name) throws IOException {
        if ((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !!document.querySelector('vaadin-dialog-overlay[opened]');")) {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Lets the layout follow the new size: two frames, then whatever Vaadin sends back. */
    private void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));");
    }
}
