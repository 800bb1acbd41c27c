package org.citizenservices.it.support;

import org.citizenservices.core.api.security.TotpCodes;
import org.openqa.selenium.WebDriver;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier administrator made with {@code admin supplier-admin add} activates their account (password and
 * authenticator) and signs in to the supplier pages with a code, landing on the Practices page.
 */
public final class SupplierSignIn {

    private SupplierSignIn() {
    }

    public static void activateAndSignIn(PortalPage page, WebDriver browser, String activationUrl, String username,
                                         String password) {
        browser.get(activationUrl);
        page.waitForView("activation-view");
        String secret = page.text("activation-secret").replace(" ", "");
        TotpCodes totp = new TotpCodes();
        page.type("activation-password", password);
        page.type("activation-confirm", password);
        page.type("activation-code", totp.codeAt(secret, Instant.now()));
        page.click("activation-submit");
        page.waitForView("activation-done");
        assertThat(page.attribute("#activation-sign-in", "href")).endsWith("/supplier/sign-in");

        page.open("supplier/practices").waitForView("supplier-sign-in-view");
        page.type("supplier-username", username);
        page.type("supplier-password", password);
        page.click("supplier-sign-in");
        page.type("supplier-code", totp.codeAt(secret, Instant.now().plusSeconds(30)));
        page.click("supplier-code-submit");
        page.waitForView("supplier-practices-view");
    }
}
