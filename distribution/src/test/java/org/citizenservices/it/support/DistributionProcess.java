package org.citizenservices.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** {@code bin/citizen-services} started as an operator would, from a working directory of the test's choosing. */
public final class DistributionProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private DistributionProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** With the demo practice, on the suite's database for this data folder. */
    public static DistributionProcess start(Path workingDir, Path data, Path deploy, Path log) throws IOException {
        List<String> options = new java.util.ArrayList<>(List.of("--demo"));
        options.addAll(TestDatabases.commandLine(data));
        return start(workingDir, data, deploy, log, options);
    }

    /**
     * With the demo practice, in a test's own folder ({@code work}, {@code data} and {@code deploy} below it), logging
     * to {@code target/it-logs/<logName>.log}.
     */
    public static DistributionProcess startIn(Path dir, String logName) throws IOException {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        return start(dir.resolve("work"), dir.resolve("data"), deploy, logs.resolve(logName + ".log"));
    }

    /**
     * {@link #startIn} for a node that books: the appointments module in its deploy folder (copied there on the first
     * start) and ACTIVE before the test goes on, within a minute, as a loaded machine may need.
     */
    public static DistributionProcess startWithAppointments(Path dir, String logName) throws Exception {
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        if (!Files.exists(deploy.resolve(Layout.appointmentsJar().getFileName()))) {
            Layout.deploy(Layout.appointmentsJar(), deploy);
        }
        DistributionProcess node = startIn(dir, logName);
        try {
            Health health = new Health(node.port());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> health.stateOf("appointments").orElse("").equals("ACTIVE"));
            return node;
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** With exactly these further options (the database's among them, if not embedded Derby). */
    public static DistributionProcess start(Path workingDir, Path data, Path deploy, Path log, List<String> options)
            throws IOException {
        return start(workingDir, data, deploy, log, options, java.util.Map.of());
    }

    /** The same with these environment variables set (e.g. {@code JAVA_OPTS}). */
    public static DistributionProcess start(Path workingDir, Path data, Path deploy, Path log, List<String> options,
                                            java.util.Map<String, String> environment) throws IOException {
        int port = freePort();
        Files.createDirectories(workingDir);
        List<String> command = new java.util.ArrayList<>(List.of(Layout.home().resolve("bin/citizen-services").toString(),
                "--port", Integer.toString(port), "--data", data.toString(), "--deploy", deploy.toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        DistributionProcess started = new DistributionProcess(builder.start(), port, log);
        Health health = new Health(port);
        // generous: a loaded two-core machine has been seen to take 57 s
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!started.process.isAlive()) {
                throw new IllegalStateException("citizen-services exited; see " + log);
            }
            return health.up();
        });
        return started;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Kills it the way a power cut or the kernel's OOM killer does (SIGKILL): no shutdown at all. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops it the way a service manager does (SIGTERM), waiting for the shutdown to finish. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
