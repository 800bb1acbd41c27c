package org.citizenservices.it.support;

import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.testkit.Browsers;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The host booted in-process with the demo practice for one test class, with the modules it needs already ACTIVE
 * and, where asked, a headless browser. Registered as a static {@code @RegisterExtension} field, so it is up before
 * the class's own {@code @BeforeAll} and closed after everything else; every API and view test starts the same way.
 */
public final class DemoPracticeHost implements BeforeAllCallback, AfterAllCallback {

    private static final Duration ACTIVE_WITHIN = Duration.ofSeconds(30);

    private final Map<String, Path> modules = new LinkedHashMap<>();
    private String credentialAttemptsPerMinute;
    private boolean opensBrowser;
    private java.util.function.Supplier<org.citizenservices.host.nhslogin.NhsLoginSettings> nhsLogin;
    private Path dir;
    private CitizenServicesHost host;
    private PatientApiCalls api;
    private Health health;
    private ChromeDriver browser;
    private DemoApps apps;

    private DemoPracticeHost() {
    }

    /** The demo practice with the given modules (id, jar), each deployed and ACTIVE before the tests run. */
    public static DemoPracticeHost withModules(Map<String, Path> modules) {
        DemoPracticeHost demo = new DemoPracticeHost();
        demo.modules.putAll(modules);
        return demo;
    }

    public static DemoPracticeHost withModule(String id, Path jar) {
        return withModules(Map.of(id, jar));
    }

    /** The demo practice with no module deployed. */
    public static DemoPracticeHost bare() {
        return new DemoPracticeHost();
    }

    /** Raises the credential rate limit, for suites that link far faster than any app would. */
    public DemoPracticeHost credentialAttemptsPerMinute(int attempts) {
        this.credentialAttemptsPerMinute = String.valueOf(attempts);
        return this;
    }

    /** With NHS login as given once the class starts (a provider the test class runs). */
    public DemoPracticeHost withNhsLogin(
            java.util.function.Supplier<org.citizenservices.host.nhslogin.NhsLoginSettings> settings) {
        this.nhsLogin = settings;
        return this;
    }

    /** Also opens a headless browser for the class, quit when it ends. */
    public DemoPracticeHost withBrowser() {
        this.opensBrowser = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("demo-practice-");
        startHost();
        api = new PatientApiCalls(host.port());
        health = new Health(host.port());
        for (Map.Entry<String, Path> module : new LinkedHashMap<>(modules).entrySet()) {
            deploy(module.getKey(), module.getValue());
        }
        if (apps != null) {
            apps.open(api);
        }
        if (opensBrowser) {
            browser = Browsers.headlessChromium();
        }
    }

    private void startHost() throws Exception {
        // the limit is read once while the host starts, so the property need not outlive the start
        if (credentialAttemptsPerMinute != null) {
            System.setProperty("citizenservices.api.credentialAttemptsPerMinute", credentialAttemptsPerMinute);
        }
        try {
            var options = TestDatabases.hostOptions(dir, true);
            host = CitizenServicesHost.start(nhsLogin == null ? options : options.withNhsLogin(nhsLogin.get()));
        } finally {
            System.clearProperty("citizenservices.api.credentialAttemptsPerMinute");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (host != null) {
            host.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(DemoPracticeHost::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a module jar into the deploy folder and waits until the module is ACTIVE; returns the deployed file. */
    public Path deploy(String id, Path jar) throws IOException {
        Path deployed = Layout.deploy(jar, host.options().deployDir());
        health.awaitActive(id);
        modules.put(id, deployed);
        return deployed;
    }

    /** Deletes a deployed module's file and waits until the host no longer lists the module. */
    public void remove(String id) throws IOException {
        Files.delete(modules.remove(id));
        await().atMost(ACTIVE_WITHIN).until(() -> health.stateOf(id).isEmpty());
    }

    /** The deployed file of a module deployed through this host. */
    public Path deployed(String id) {
        return modules.get(id);
    }

    /** A folder of this class's own, removed with the host. */
    public Path dir() {
        return dir;
    }

    public CitizenServicesHost host() {
        return host;
    }

    public PatientApiCalls api() {
        return api;
    }

    public Health health() {
        return health;
    }

    /**
     * Jane's and Carol's apps, in session once the host is up. Asked for in a static field initialiser (before the
     * host starts), they are opened right after the modules are ACTIVE; asked for later, at once.
     */
    public DemoApps apps() {
        if (apps == null) {
            apps = new DemoApps();
            if (api != null) {
                openApps();
            }
        }
        return apps;
    }

    private void openApps() {
        try {
            apps.open(api);
        } catch (Exception e) {
            throw new IllegalStateException("the demo apps could not open their sessions", e);
        }
    }

    public ChromeDriver browser() {
        return browser;
    }
}
