package org.citizenservices.it.support;

import com.sun.security.auth.module.UnixSystem;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real PostgreSQL (15, the version {@code docs/operations.md} is tested on) for the integration suite's second run
 * when no server is given: started once per test JVM in a folder under {@code /tmp}, stopped and removed when the JVM
 * exits. It allows the connections two nodes need
 * (each with a pool per module), and its one role may create databases, as {@link TestDatabases} expects.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: then {@code initdb} and {@code postgres} run as
 * {@code nobody} (with {@code setpriv}), which owns the data folder and can reach the binaries because they are
 * under {@code /tmp}, not under a home folder it may not enter.
 */
public final class EmbeddedPostgresServer {

    static final String USER = "citizen_it";
    static final String PASSWORD = "citizen_it";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static EmbeddedPostgresServer shared;
    private static IllegalStateException failedToStart;

    private final Path folder;
    private final Path data;
    private final Process process;
    private final int port;

    private EmbeddedPostgresServer(Path folder, Process process, int port) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.process = process;
        this.port = port;
    }

    /** The JVM's one server, started on first use. */
    public static synchronized EmbeddedPostgresServer shared() {
        // one try per JVM: every later test class gets the same reason at once rather than waiting for it again
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException | InterruptedException | IllegalStateException e) {
                failedToStart = new IllegalStateException("Cannot start the test PostgreSQL server: "
                        + e.getMessage(), e);
                throw failedToStart;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-postgres-stop"));
        }
        return shared;
    }

    /** The administrative database's address; {@link TestDatabases} creates one database per test class beside it. */
    public String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static EmbeddedPostgresServer start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path folder = Files.createTempDirectory(Path.of("/tmp"), "citizen-it-postgres-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path binaries = PostgresBinaries.unpackInto(Files.createDirectory(folder.resolve("pgsql")));
        Path data = Files.createDirectory(folder.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        boolean root = new UnixSystem().getUid() == 0;
        if (root) {
            giveToUnprivilegedUser(data);
        }
        Path passwordFile = Files.writeString(folder.resolve("password"), PASSWORD);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
        Path initLog = folder.resolve("initdb.log");
        Process initdb = new ProcessBuilder(command(root, binaries.resolve("bin/initdb").toString(), "-D",
                data.toString(), "-U", USER, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8",
                "--no-locale", "--no-sync", "--no-instructions"))
                .redirectErrorStream(true).redirectOutput(initLog.toFile()).start();
        if (!initdb.waitFor(2, TimeUnit.MINUTES) || initdb.exitValue() != 0) {
            initdb.destroyForcibly();
            throw new IllegalStateException("initdb failed:\n" + Files.readString(initLog));
        }
        Files.delete(passwordFile);

        int port = DistributionProcess.freePort();
        Path serverLog = folder.resolve("server.log");
        // two nodes, each with a connection pool per module, need more than the default 100 connections; the data
        // is thrown away at exit, so nothing needs to reach the disk safely
        Process postgres = new ProcessBuilder(command(root, binaries.resolve("bin/postgres").toString(), "-D",
                data.toString(), "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", data.toString(),
                "-c", "max_connections=300", "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off"))
                .redirectErrorStream(true).redirectOutput(serverLog.toFile()).start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(folder, postgres, port);
        server.awaitReady(serverLog);
        LOG.info("Test PostgreSQL ready on port {} in {} ms (folder {}, as {})", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), folder,
                root ? UNPRIVILEGED_USER : "this user");
        return server;
    }

    /** The command as it is, or — for root — run as {@code nobody}, since PostgreSQL will not run as root. */
    private static List<String> command(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + unprivilegedGroup(),
                    "--clear-groups", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void giveToUnprivilegedUser(Path data) throws IOException {
        UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(data, users.lookupPrincipalByName(UNPRIVILEGED_USER));
    }

    /** Debian calls nobody's group {@code nogroup}; other systems call it {@code nobody}. */
    private static String unprivilegedGroup() {
        try {
            Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
            return "nogroup";
        } catch (UserPrincipalNotFoundException notDebian) {
            return UNPRIVILEGED_USER;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ready when a real connection succeeds — the port alone opens before the server accepts logins. */
    private void awaitReady(Path serverLog) throws IOException {
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("PostgreSQL exited with " + process.exitValue());
                }
                try (Connection ignored = DriverManager.getConnection(adminUrl(), USER, PASSWORD)) {
                    return true;
                } catch (SQLException notYet) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException | IllegalStateException e) {
            String log = Files.readString(serverLog);
            stop();
            throw new IllegalStateException("The test PostgreSQL server did not start (" + e.getMessage()
                    + "); its log:\n" + log, e);
        }
    }

    /** Immediate shutdown: the data is deleted next, so there is nothing to write out cleanly. */
    private void stop() {
        try {
            boolean root = new UnixSystem().getUid() == 0;
            Process stop = new ProcessBuilder(command(root, folder.resolve("pgsql/bin/pg_ctl").toString(), "-D",
                    data.toString(), "-m", "immediate", "-w", "stop"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stop.waitFor(20, TimeUnit.SECONDS);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not stop or remove the test PostgreSQL server in {}: {}", folder, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
