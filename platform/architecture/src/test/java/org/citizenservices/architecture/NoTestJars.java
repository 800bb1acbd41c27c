package org.citizenservices.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out test jars ({@code *-tests.jar}), which ArchUnit's {@code DoNotIncludeTests} does not recognise: the test
 * kit brings the SPI's test jar, whose tests live in the SPI's own package and would be counted as product code.
 */
public final class NoTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
