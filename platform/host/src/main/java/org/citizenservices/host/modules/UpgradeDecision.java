package org.citizenservices.host.modules;

import org.osgi.framework.Version;

import java.util.Objects;

/**
 * Which of two jars of the same module (the same {@code Bundle-SymbolicName}) may run, and why the other may not.
 *
 * <p>The higher {@code Bundle-Version} runs. A version that is not higher than the one installed never replaces
 * it: the installed version's migrations may already have moved the schema beyond what the other's scripts and
 * entities know, so starting it could only fail or, worse, write rows the newer version does not expect.
 *
 * @param keep   the jar that runs
 * @param retire the jar that must not run
 * @param kind   {@link Kind#UPGRADE} when the arriving jar is newer, {@link Kind#REFUSED} otherwise
 */
record UpgradeDecision(ModuleJar keep, ModuleJar retire, Kind kind) {

    enum Kind {
        /** The arriving jar is newer: it runs, the installed one is retired. */
        UPGRADE,
        /** The arriving jar is not newer: the installed one keeps running, the arriving one never starts. */
        REFUSED
    }

    /** One installed jar of a module. */
    record ModuleJar(String symbolicName, Version version, String jarName) {
        ModuleJar {
            Objects.requireNonNull(symbolicName, "symbolicName");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(jarName, "jarName");
        }
    }

    static UpgradeDecision between(ModuleJar installed, ModuleJar arriving) {
        if (!installed.symbolicName().equals(arriving.symbolicName())) {
            throw new IllegalArgumentException("Not the same module: " + installed.symbolicName() + " and "
                    + arriving.symbolicName());
        }
        return arriving.version().compareTo(installed.version()) > 0
                ? new UpgradeDecision(arriving, installed, Kind.UPGRADE)
                : new UpgradeDecision(installed, arriving, Kind.REFUSED);
    }

    /** What happened to {@link #retire()}, in words an operator can act on. */
    String reason() {
        if (kind == Kind.UPGRADE) {
            return "replaced by version " + keep.version() + " (" + keep.jarName() + ")";
        }
        String comparison = retire.version().equals(keep.version()) ? "the same as" : "older than";
        return "not started: version " + retire.version() + " is " + comparison + " version " + keep.version()
                + " (" + keep.jarName() + "), which is installed; a module is never downgraded, because its data "
                + "may already be in a newer form than this version knows";
    }
}
