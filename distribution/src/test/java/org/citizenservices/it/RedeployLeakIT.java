package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.PatientApiCalls.AppSession;
import org.citizenservices.it.support.DemoPracticeHost;
import org.citizenservices.it.support.DemoLetters;
import org.citizenservices.it.support.PatientApiCalls;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PortalPage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deploys and undeploys the appointments module 50 times in a running host, with a browser showing its view every
 * time, and checks that nothing keeps the removed bundles' class loaders alive: not Vaadin's route registry or
 * reflection caches, not the open session, not EclipseLink. The heap after a full GC must not grow with the count.
 */
class RedeployLeakIT {

    static final int CYCLES = 50;

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.bare().withBrowser();

    @Test
    void givenFiftyDeployUndeployCycles_whenCollected_thenNoBundleClassLoaderSurvivesAndTheHeapDoesNotGrow()
            throws Exception {
        PortalPage page = new PortalPage(demo.browser(), demo.host().port()).signIn("jane.demo", "Portal-Demo-2026!");
        // an app's session too, so the module's API route, its JSON mapper and the OpenAPI document are exercised
        PatientApiCalls app = demo.api();
        AppSession session = app.open(DemoLetters.JANE);
        String token = session.token();
        String jane = session.linkId("Jane Demo");
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        long heapAfterTen = 0;

        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            demo.deploy("appointments", Layout.appointmentsJar());
            loaders.add(new WeakReference<>(appointmentsBundle().adapt(BundleWiring.class).getClassLoader()));

            page.open("appointments").waitForView("free-slots-view");
            assertThat(app.call("GET", "/patients/" + jane + "/appointment-slots", token, null).status())
                    .isEqualTo(200);
            assertThat(app.call("GET", "/openapi.json", null, null).status()).isEqualTo(200);

            demo.remove("appointments");
            page.waitForView("home-view");
            if (cycle == 10) {
                heapAfterTen = usedHeapAfterGc();
            }
        }
        long heapAfterFifty = usedHeapAfterGc();

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            return loaders.stream().noneMatch(ref -> ref.get() != null);
        });
        // 40 leaked module class loaders with their Vaadin and EclipseLink metadata would be tens of MiB
        assertThat(heapAfterFifty - heapAfterTen).isLessThan(16L * 1024 * 1024);
        System.out.printf("Heap after GC: %d MiB after 10 cycles, %d MiB after %d%n",
                heapAfterTen >> 20, heapAfterFifty >> 20, CYCLES);
    }

    private static Bundle appointmentsBundle() {
        return Arrays.stream(demo.host().framework().context().getBundles())
                .filter(b -> "citizen-services-appointments".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
