package org.citizenservices.it.support;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Programs of the machine that a few tests need beyond the README's minimum (nginx for the two-node tests, PostgreSQL's
 * client for backup and restore). Without one, those tests are skipped and say why — except under {@code CI=true},
 * where a missing program fails them, so CI can never pass by skipping.
 */
public final class MachineTools {

    private MachineTools() {
    }

    /** The program's path; skips the calling test (or fails it on CI) when it is not installed. */
    public static Path require(String program, String debianPackage, String neededFor) {
        Optional<Path> found = find(program);
        if (found.isPresent()) {
            return found.get();
        }
        String missing = program + " is not installed (Debian: apt-get install " + debianPackage + "); " + neededFor
                + " needs it";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and " + missing + " — .ci/run installs it");
        }
        Assumptions.abort("Skipped: " + missing + " (with CI=true this fails instead)");
        throw new AssertionError("unreachable");
    }

    private static Optional<Path> find(String program) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        // Debian puts nginx in /usr/sbin, which is not on an ordinary user's PATH
        folders.addAll(List.of("/usr/sbin", "/usr/bin"));
        return folders.stream()
                .filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
