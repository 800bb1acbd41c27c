package org.citizenservices.it.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Screenshots of a page at a phone's width (320 px, the WCAG reflow width) and a desktop's (1280 px), into
 * {@code target/screenshots/}. The narrow one is taken by emulating a phone (a mobile viewport, so the page's viewport
 * meta tag applies as on a phone), and the page's width is measured while it is shown so.
 */
public final class Screens {

    public static final Path DIR = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    public Screens(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Both screenshots; answers how wide the page was at 320 px (its scroll width) and the window's width then. */
    public int[] capture(String name) throws IOException {
        Files.createDirectories(DIR);
        save(name + "-1280");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 800,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            settle();
            int[] widths = widths();
            save(name + "-320");
            return widths;
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            settle();
        }
    }

    private int[] widths() {
        Object answer = ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        java.util.List<?> pair = (java.util.List<?>) answer;
        return new int[]{((Number) pair.get(0)).intValue(), ((Number) pair.get(1)).intValue()};
    }

    private void save(String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, DIR.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Lets the layout follow the new width: two frames, then whatever Vaadin sends back. */
    private void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));");
    }
}
