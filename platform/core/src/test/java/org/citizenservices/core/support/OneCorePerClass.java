package org.citizenservices.core.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * For test classes whose tests share one real core: opening Derby and running the migrations once per class keeps
 * the suite quick, and each test builds its own practice so the tests do not see each other's data.
 */
public abstract class OneCorePerClass {

    @TempDir
    static Path dir;
    protected static CoreFixture fixture;

    @BeforeAll
    static void openCore() {
        fixture = new CoreFixture(dir);
    }

    @AfterAll
    static void closeCore() {
        fixture.close();
    }
}
