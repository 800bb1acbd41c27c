package org.citizenservices.it.support;

import org.citizenservices.testkit.Browsers;
import org.openqa.selenium.chrome.ChromeDriver;

/** The suite's browser: the test kit's headless Debian Chromium, the one module authors get too. */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver headlessChromium() {
        return Browsers.headlessChromium();
    }
}
