package org.citizenservices.testkit;

import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.host.HostOptions;
import org.citizenservices.host.modules.ModuleState;
import org.citizenservices.host.modules.ModuleStatus;
import org.citizenservices.spi.CitizenService;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The running host of one test class, with the module under test deployed the way a practice deploys it: the jar
 * dropped into the deploy folder and picked up by the watcher, not loaded on the test's class path.
 *
 * <p>Your test code and your bundle do not share classes (the bundle has its own class loader), so test through
 * what users and apps see: the patient API ({@link DemoCitizen#api()}), the portal in a browser
 * ({@link DemoCitizen#signIn}), your module's tables ({@link #connect(String)}) and {@link #module()}'s state.
 */
public final class ModuleHost implements AutoCloseable {

    /** The demo practice's administrator (see docs/demo-data.md). */
    public static final String MANAGER = "manager";
    public static final String STAFF_PASSWORD = "Practice-Demo-2026!";

    private final Path folder;
    private final CitizenServicesHost host;
    private final String symbolicName;
    private final Path deployed;
    private final Set<String> idsBeforeDrop;
    private volatile String moduleId;
    private DemoCitizen jane;

    private ModuleHost(Path folder, CitizenServicesHost host, String symbolicName, Set<String> idsBeforeDrop,
                       Path deployed) {
        this.folder = folder;
        this.idsBeforeDrop = idsBeforeDrop;
        this.host = host;
        this.symbolicName = symbolicName;
        this.deployed = deployed;
    }

    static ModuleHost boot(Path moduleJar, int startSeconds) throws Exception {
        String symbolicName = symbolicNameOf(moduleJar);
        Path folder = Files.createTempDirectory("citizen-services-test");
        Path data = folder.resolve("data");
        Path deploy = Files.createDirectories(folder.resolve("deploy"));
        CitizenServicesHost host = CitizenServicesHost.start(new HostOptions(0, data, deploy, true, 100));
        Set<String> before = host.modules().modules().stream().map(ModuleStatus::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        ModuleHost started = new ModuleHost(folder, host, symbolicName, before, drop(moduleJar, folder, deploy));
        try {
            started.awaitModule(startSeconds);
            started.offerInstalledServices();
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
        return started;
    }

    /** Copies first and renames into the folder, so the watcher never installs half a jar. */
    private static Path drop(Path jar, Path folder, Path deploy) throws IOException {
        Path staged = Files.copy(jar, folder.resolve(jar.getFileName() + ".part"), StandardCopyOption.REPLACE_EXISTING);
        return Files.move(staged, deploy.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String symbolicNameOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            if (name == null) {
                throw new IllegalStateException(jar + " is not an OSGi bundle (no Bundle-SymbolicName): is the "
                        + "bnd-maven-plugin in the build, as the module parent POM configures it?");
            }
            return name.split(";")[0].trim();
        }
    }

    private void awaitModule(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<ModuleStatus> status = module();
            if (status.isPresent() && status.get().state() == ModuleState.ACTIVE) {
                return;
            }
            if (status.isPresent() && status.get().state() == ModuleState.FAILED) {
                throw new IllegalStateException("The module " + symbolicName + " FAILED to start: "
                        + status.get().detail());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The module " + symbolicName + " was not ACTIVE within " + seconds
                + " s; it is " + module().map(s -> s.state() + " " + s.detail()).orElse("not installed"));
    }

    /**
     * A new capability's own service is off until a practice offers it; the demo practice's administrator offers
     * every installed one, as a practice trying the module would.
     */
    private void offerInstalledServices() {
        StaffMember manager = staff(MANAGER);
        Set<CitizenService> offered = host.core().practices().enabledFor(manager.practiceId());
        for (CitizenService service : host.portal().routes().installedServices()) {
            if (!offered.contains(service)) {
                host.core().practices().setService(manager, service, true, null);
            }
        }
    }

    /**
     * The module under test as {@code /health} reports it: its capability id, name, version and state. Found by
     * what its bundle reports first (its symbolic name), then by the capability id it started under.
     */
    public Optional<ModuleStatus> module() {
        String id = moduleId;
        List<ModuleStatus> modules = host.modules().modules();
        if (id != null) {
            return modules.stream().filter(m -> m.id().equals(id)).findFirst();
        }
        Optional<ModuleStatus> found = modules.stream().filter(m -> !idsBeforeDrop.contains(m.id())).findFirst();
        found.filter(m -> m.state() == ModuleState.ACTIVE).ifPresent(m -> moduleId = m.id());
        return found;
    }

    /** The port Jetty listens on (chosen free). */
    public int port() {
        return host.port();
    }

    /** {@code http://localhost:port/} plus a path such as {@code "travel-vaccinations"} or {@code "api/v1/..."}. */
    public URI uri(String path) {
        return URI.create("http://localhost:" + port() + "/" + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** The folder the practice drops modules into; drop or remove further jars to test life-cycle behaviour. */
    public Path deployFolder() {
        return host.options().deployDir();
    }

    /** The copy of the module jar in the deploy folder; delete it to see the module removed. */
    public Path deployedJar() {
        return deployed;
    }

    /** A practice user of the demo practice, signed in through the core (password: {@link #STAFF_PASSWORD}). */
    public StaffMember staff(String username) {
        return host.core().staffSignIn().signIn(username, STAFF_PASSWORD);
    }

    /** Jane Demo, signed in through a linked app; the same session for the whole class. */
    public synchronized DemoCitizen janeDemo() {
        if (jane == null) {
            jane = DemoCitizen.janeDemo(this);
        }
        return jane;
    }

    /**
     * A JDBC connection to a schema of the embedded database — your module's schema is its id in upper case — to
     * look at the rows your module wrote. Close it.
     */
    public Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + host.options().dataDir().resolve("derby/citizen-services")
                + ";user=" + schema);
    }

    /** The host itself, for what this class does not offer (its core, its route book, its OSGi framework). */
    public CitizenServicesHost host() {
        return host;
    }

    @Override
    public void close() {
        try {
            host.close();
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
