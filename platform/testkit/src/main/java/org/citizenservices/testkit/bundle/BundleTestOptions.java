package org.citizenservices.testkit.bundle;

import org.citizenservices.host.osgi.SystemPackages;
import org.ops4j.pax.exam.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemPackage;

/**
 * The framework a capability bundle meets in production, as Pax Exam options: a Felix framework whose system bundle
 * exports what the host's does — the SPI, Vaadin, Jakarta Persistence and Validation, SLF4J, each at the version
 * its jar declares — and nothing else, so a wrong {@code Import-Package} range fails here as it would in a practice.
 * Then the module's built jar, installed and started like a jar dropped into {@code deploy/}.
 */
public final class BundleTestOptions {

    /** The system property naming the module's built jar; the module parent POM sets it for Failsafe. */
    public static final String MODULE_JAR = "citizenservices.module.jar";

    /** The test kit's in-container helpers and the SPI's test ServiceAccess, for the test probe only. */
    private static final List<String> TEST_PACKAGES =
            List.of("org.citizenservices.testkit.bundle", "org.citizenservices.spi.testing");

    /** Brought by Pax Exam as bundles of their own; exporting them from the system bundle as well would split them. */
    private static final List<String> FRAMEWORK_TOOLS =
            List.of("org.ops4j.", "org.junit", "junit.", "org.hamcrest", "javax.inject");

    private BundleTestOptions() {
    }

    /** The options for the module whose jar {@link #MODULE_JAR} names. */
    public static Option[] moduleUnderTest() {
        return forModule(moduleJar());
    }

    /** The options for a capability bundle: the host's system packages, the test tools and the bundle. */
    public static Option[] forModule(Path moduleJar) {
        Path classes = moduleJar.resolveSibling("classes");
        Path testClasses = moduleJar.resolveSibling("test-classes");
        String hostPackages = SystemPackages.fromClassPath(
                entry -> !entry.toAbsolutePath().equals(classes.toAbsolutePath())
                        && !entry.toAbsolutePath().equals(testClasses.toAbsolutePath()),
                name -> FRAMEWORK_TOOLS.stream().noneMatch(name::startsWith));
        return options(
                systemPackage(hostPackages),
                systemPackage(String.join(",", TEST_PACKAGES)),
                junitBundles(),
                cleanCaches(),
                bundle(moduleJar.toUri().toString()));
    }

    /** The module's built jar; fails with what to do when the build has not made it. */
    public static Path moduleJar() {
        String jar = System.getProperty(MODULE_JAR);
        if (jar == null || jar.isBlank()) {
            throw new IllegalStateException("Set -D" + MODULE_JAR + " to the module's jar (the module parent POM does "
                    + "this for Failsafe, which runs after `package`)");
        }
        Path path = Path.of(jar).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("The module's jar " + path + " does not exist yet: run `mvn verify`, "
                    + "which packages it before the in-container tests");
        }
        return path;
    }
}
