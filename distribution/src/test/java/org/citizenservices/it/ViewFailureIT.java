package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoPracticeHost;
import org.citizenservices.it.support.PortalPage;
import org.citizenservices.it.support.TestBundles;
import org.citizenservices.spi.CitizenService;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's view created by Vaadin itself (no factory), and what a user sees when it fails unexpectedly: an
 * apology with a reference, never a stack trace, and the portal keeps working.
 */
class ViewFailureIT {

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.bare().withBrowser();

    @Test
    void givenAViewThatThrows_whenTheUserClicks_thenAnApologyWithAReferenceAndThePortalStillWorks() throws Exception {
        demo.deploy("exploding", TestBundles.explodingView(Files.createDirectories(demo.dir().resolve("bundles"))));

        // the test module's own service is offered by the demo practice, as its administrator would do
        var manager = demo.host().core().staffSignIn().signIn("manager", "Practice-Demo-2026!");
        demo.host().core().practices().setService(manager, new CitizenService("EXPLODING"), true, null);
        PortalPage page = new PortalPage(demo.browser(), demo.host().port()).signIn("jane.demo", "Portal-Demo-2026!");
        page.open("exploding");
        page.waitForView("exploding-view");
        page.click("explode");

        page.waitForNotification("Sorry, something went wrong");
        assertThat(page.notifications()).anyMatch(text -> text.matches("(?s).*quote reference [0-9a-f]{8}\\..*"))
                .noneMatch(text -> text.contains("IllegalStateException") || text.contains("simulated failure"));
        page.click("nav-home");
        page.waitForView("home-view");

        demo.remove("exploding");
    }
}
