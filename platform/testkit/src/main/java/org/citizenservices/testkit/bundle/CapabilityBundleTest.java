package org.citizenservices.testkit.bundle;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The base of a capability module's in-container test: Pax Exam starts a real Felix framework that exports what the
 * host exports ({@link BundleTestOptions}), installs the module's <strong>built jar</strong> and runs the test's
 * methods inside that framework, where {@link #installed()} is the bundle under test.
 *
 * <pre>{@code
 * @RunWith(PaxExam.class)
 * public class RequestsBundleIT extends CapabilityBundleTest {
 *     @Test
 *     public void isTheCapabilityItDeclares() {
 *         installed().assertIs(ExpectedCapability.of("travel-health", "TRAVEL_HEALTH", "Travel health")
 *                 .views("travel-health", "practice/travel-health")
 *                 .migrations("V1__citizen_request.sql")
 *                 .routes("GET travel-health-requests", "POST travel-health-requests"));
 *     }
 * }
 * }</pre>
 *
 * <p>One framework serves all the methods of a class. Pax Exam runs on JUnit 4: keep the JUnit annotations in the
 * test class itself (this base carries none, so it works under the framework's JUnit bundle), name the class
 * {@code *IT} so Failsafe runs it after {@code package}, and touch the module's classes only through the SPI and
 * the service registry — the test runs in its own bundle, beside the module's.
 */
@ExamReactorStrategy(PerClass.class)
public abstract class CapabilityBundleTest {

    /** The framework, its system packages and the module's jar; override to add bundles the module needs. */
    @Configuration
    public Option[] configuration() {
        return BundleTestOptions.moduleUnderTest();
    }

    /** The module's bundle in the running framework (call it from a test method, inside the framework). */
    protected InstalledCapability installed() {
        Bundle probe = FrameworkUtil.getBundle(getClass());
        if (probe == null) {
            throw new IllegalStateException("installed() is for test methods, which Pax Exam runs in the framework");
        }
        return new InstalledCapability(probe.getBundleContext(), BundleTestOptions.moduleJar());
    }
}
