package org.citizenservices.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The built distribution under test ({@code distribution/target/citizen-services}) and its jars. */
public final class Layout {

    private Layout() {
    }

    public static Path home() {
        Path home = Path.of(System.getProperty("citizen.layout", "target/citizen-services"));
        if (!Files.isDirectory(home.resolve("lib"))) {
            throw new IllegalStateException("The distribution is not built at " + home.toAbsolutePath());
        }
        return home.toAbsolutePath();
    }

    public static Path appointmentsJar() {
        return jar(home().resolve("deploy"), "citizen-services-appointments-");
    }

    public static Path recordJar() {
        return jar(home().resolve("deploy"), "citizen-services-record-");
    }

    public static Path prescriptionsJar() {
        return jar(home().resolve("deploy"), "citizen-services-prescriptions-");
    }

    public static Path messagingJar() {
        return jar(home().resolve("deploy"), "citizen-services-messaging-");
    }

    public static Path onlineConsultationsJar() {
        return jar(home().resolve("modules-available"), "citizen-services-online-consultations-");
    }

    public static Path exampleJar() {
        return jar(home().resolve("modules-available"), "citizen-services-example-capability-");
    }

    private static Path jar(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + prefix + "*.jar in " + dir));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies a jar into a deploy folder the way an operator should: to a name FileInstall ignores, then renamed,
     * so it never sees half a file.
     */
    public static Path deploy(Path jar, Path deployDir) throws IOException {
        Path partial = deployDir.resolve(jar.getFileName() + ".part");
        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(partial, deployDir.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }
}
