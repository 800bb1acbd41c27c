package org.citizenservices.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.it.support.Layout;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.session.DefaultSessionCache;
import org.eclipse.jetty.session.SessionCache;

import javax.management.ObjectName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Heap per signed-in portal session (run by bench/portal-sessions.sh). The real host (demo practice, all four
 * capability modules) runs in this JVM; a second JVM plays the browsers, so that the heap measured here is the host's
 * alone. Each virtual browser speaks Vaadin Flow's own protocol over HTTP, as the Flow client in a browser does:
 * {@code GET /sign-in}, {@code ?v-r=init}, the push WebSocket (Atmosphere), a UIDL {@code ui-navigate} event, then the
 * username and password typed into the form ({@code mSync} of {@code value} and the fields' {@code change} events)
 * and a {@code click} on the sign-in button. The host answers with a new session id and a page load of {@code /};
 * the browser sends the unload beacon for the sign-in page and loads the signed-in home page (a new UI, with its own
 * push connection), which must show the sign-out button and "Hello …", or the session counts as a failure. That is
 * where a browser leaves a signed-in session, so the sessions are kept there, open, while the heap is measured.
 *
 * <p>Rounds: heap used after full GCs with no session open, N sessions signed in, heap used after full GCs again; then
 * every session signs out through the sign-out button (which ends it) before the next round's baseline. A warm-up
 * round of the same kind comes first and is not measured. Each round also prints which classes the live heap grew by
 * (the class histogram, per session). The demo citizens Jane and Carol take turns: a right password resets the
 * wrong-password count, so a thousand sign-ins of the same two accounts never pause them.
 *
 * <p>Arguments: sessions per round (1000), rounds (3), client threads (4), push (true), warm-up sessions (200).
 * System properties: {@code portal.bench.holdSeconds} keeps the sessions open that long before measuring;
 * {@code portal.bench.heapDump=FILE} writes a heap dump (live objects) with round 1's sessions open;
 * {@code portal.bench.trace=true} prints the first browser's requests and responses.
 */
public final class PortalSessionBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "Portal-Demo-2026!";
    static final List<String> USERS = List.of("jane.demo", "carol.carer");

    private PortalSessionBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--client")) {
            Client.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Boolean.parseBoolean(args[3]));
            return;
        }
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        boolean push = args.length <= 3 || Boolean.parseBoolean(args[3]);
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 200;

        Map<String, Path> modules = Map.of("appointments", Layout.appointmentsJar(), "record", Layout.recordJar(),
                "prescriptions", Layout.prescriptionsJar(), "messaging", Layout.messagingJar());
        long began = System.nanoTime();
        ErrorTally errors = ErrorTally.install();
        try (CitizenServicesHost host = BenchHost.start("portal-session-bench", modules);
             Browsers browsers = Browsers.start(host.port(), threads, push)) {
            System.out.printf("Portal sessions: %d per round, %d rounds, %d client threads, push %s, warm-up %d; "
                            + "JVM %s, %s, flags %s%n", sessions, rounds, threads, push ? "on (WebSocket)" : "off",
                    warmUp, System.getProperty("java.vm.version"), gcNames(),
                    ManagementFactory.getRuntimeMXBean().getInputArguments());
            if (warmUp > 0) {
                Reply open = browsers.command("open " + warmUp);
                Reply close = browsers.command("close");
                System.out.printf("warm-up: %d signed in (%d failed) in %.1f s, signed out (%d failed)%n",
                        open.ok(), open.failed(), open.millis() / 1000.0, close.failed());
            }
            errors.report("during the warm-up");
            List<Double> perSession = new ArrayList<>();
            int failures = 0;
            for (int round = 1; round <= rounds; round++) {
                long before = settledHeap();
                Map<String, long[]> histogramBefore = histogram();
                long sessionsBefore = httpSessions(host);
                Reply open = browsers.command("open " + sessions);
                long hold = Long.getLong("portal.bench.holdSeconds", 0);
                if (hold > 0) {
                    // sessions at rest for a while, as browsers leave them (push heartbeats, idle timeouts)
                    Thread.sleep(hold * 1000);
                }
                long after = settledHeap();
                Map<String, long[]> histogramAfter = histogram();
                long sessionsOpen = httpSessions(host);
                Reply status = browsers.command("status");
                int pages = host.portal().openPages().count();
                double kib = (after - before) / 1024.0 / Math.max(1, open.ok());
                perSession.add(kib);
                failures += open.failed();
                System.out.printf("%nround %d: %d signed in, %d failed, in %.1f s (%.1f sign-ins/s); push connections "
                                + "open %d when measured%n", round, open.ok(), open.failed(), open.millis() / 1000.0,
                        open.ok() * 1000.0 / Math.max(1, open.millis()), status.pushOpen());
                System.out.printf("  host: HTTP sessions %d -> %d, open portal pages (MainLayout) %d%n",
                        sessionsBefore, sessionsOpen, pages);
                System.out.printf("  heap used after full GC: before %.1f MiB, with sessions %.1f MiB, growth %.1f MiB"
                                + " = %.1f KiB per signed-in session%n", mib(before), mib(after),
                        mib(after - before), kib);
                if (open.failed() > 0) {
                    System.out.printf("  NOTE: %d sign-ins failed; what they left on the host is in the growth, which "
                            + "is divided by the %d that succeeded%n", open.failed(), open.ok());
                }
                printGrowth(histogramBefore, histogramAfter, Math.max(1, open.ok()));
                String dump = System.getProperty("portal.bench.heapDump");
                if (dump != null && round == 1) {
                    // live objects only, for a heap analyser: what a session's objects are held by
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                            .dumpHeap(dump, true);
                    System.out.println("  heap dump with the sessions open: " + dump);
                }
                Reply close = browsers.command("close");
                long released = settledHeap();
                System.out.printf("  signed out: %d (%d failed) in %.1f s; HTTP sessions now %d; heap after full GC "
                                + "%.1f MiB%n", close.ok(), close.failed(), close.millis() / 1000.0, httpSessions(host),
                        mib(released));
                errors.report("in round " + round);
            }
            System.out.printf("%n%s: heap per signed-in portal session %s KiB in %d round(s) of %d (mean %.1f KiB; "
                            + "goal <= 256 KiB); %d failed sign-ins; run took %.0f s%n",
                    ZonedDateTime.now().toLocalDate(),
                    perSession.stream().map(k -> String.format("%.1f", k)).collect(Collectors.joining(", ")),
                    rounds, sessions, perSession.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    failures, (System.nanoTime() - began) / 1e9);
        }
    }

    // ---------------------------------------------------------------------------------------------- measuring (host)

    /**
     * Counts the host's ERROR log events by kind; each kind is logged in full once, then only counted, so that a race
     * hit on many of a thousand sign-outs does not bury the numbers.
     */
    static final class ErrorTally extends ch.qos.logback.classic.turbo.TurboFilter {
        private final Map<String, AtomicInteger> counts = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Integer> reported = new HashMap<>();

        static ErrorTally install() {
            ErrorTally tally = new ErrorTally();
            if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
                tally.start();
                context.addTurboFilter(tally);
            }
            return tally;
        }

        @Override
        public ch.qos.logback.core.spi.FilterReply decide(org.slf4j.Marker marker,
                                                          ch.qos.logback.classic.Logger logger,
                                                          ch.qos.logback.classic.Level level, String format,
                                                          Object[] params, Throwable error) {
            if (level == null || !level.isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR)) {
                return ch.qos.logback.core.spi.FilterReply.NEUTRAL;
            }
            String kind = logger.getName() + ": " + (error != null ? error : format);
            return counts.computeIfAbsent(kind, k -> new AtomicInteger()).getAndIncrement() == 0
                    ? ch.qos.logback.core.spi.FilterReply.NEUTRAL : ch.qos.logback.core.spi.FilterReply.DENY;
        }

        void report(String when) {
            counts.forEach((kind, count) -> {
                int now = count.get();
                int before = reported.getOrDefault(kind, 0);
                if (now > before) {
                    System.out.printf("  host logged %d ERROR(s) %s: %s%n", now - before, when,
                            kind.length() > 220 ? kind.substring(0, 220) + "…" : kind);
                }
                reported.put(kind, now);
            });
        }
    }

    /** Heap used right after a full GC (the collector's own figure), the lowest of three in a row. */
    static long settledHeap() throws InterruptedException {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Thread.sleep(500);
            System.gc();
            long used = -1;
            long latest = -1;
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof com.sun.management.GarbageCollectorMXBean bean && bean.getLastGcInfo() != null
                        && bean.getLastGcInfo().getEndTime() > latest) {
                    latest = bean.getLastGcInfo().getEndTime();
                    used = bean.getLastGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).map(Map.Entry::getValue)
                            .mapToLong(MemoryUsage::getUsed).sum();
                }
            }
            if (used < 0) {
                used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            }
            lowest = Math.min(lowest, used);
        }
        return lowest;
    }

    /** The live objects' class histogram (as {@code jcmd GC.class_histogram}, which collects first): count, size. */
    static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(text);
        while (row.find()) {
            classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return classes;
    }

    static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        Map<String, long[]> growth = new HashMap<>();
        after.forEach((name, now) -> {
            long[] was = before.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {now[0] - was[0], now[1] - was[1]});
        });
        long total = growth.values().stream().mapToLong(g -> g[1]).sum();
        System.out.printf("  live objects (class histogram) grew by %.1f KiB per session; largest classes:%n",
                total / 1024.0 / sessions);
        growth.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(20)
                .forEach(e -> System.out.printf("    %8.1f objects %8.2f KiB  %s%n",
                        e.getValue()[0] / (double) sessions, e.getValue()[1] / 1024.0 / sessions, e.getKey()));
    }

    static long httpSessions(CitizenServicesHost host) {
        SessionCache cache = ServletContextHandler.getServletContextHandler(host.servletContext()).getSessionHandler()
                .getSessionCache();
        return cache instanceof DefaultSessionCache sessions ? sessions.getSessionsCurrent() : -1;
    }

    static String gcNames() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName())
                .collect(Collectors.joining(" + "));
    }

    static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    record Reply(int ok, int failed, long millis, int pushOpen) {
        static Reply parse(String line) {
            Map<String, String> fields = new HashMap<>();
            for (String part : line.trim().split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    fields.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return new Reply(Integer.parseInt(fields.get("ok")), Integer.parseInt(fields.get("failed")),
                    Long.parseLong(fields.get("millis")), Integer.parseInt(fields.getOrDefault("push", "0")));
        }
    }

    /** The browsers' JVM, driven by one-line commands on its standard input; its errors go to ours. */
    static final class Browsers implements AutoCloseable {
        private final Process process;
        private final PrintWriter commands;
        private final BufferedReader replies;

        private Browsers(Process process) {
            this.process = process;
            this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Browsers start(int port, int threads, boolean push) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path")));
            if (Boolean.getBoolean("portal.bench.trace")) {
                command.add("-Dportal.bench.trace=true");
            }
            command.addAll(List.of(PortalSessionBench.class.getName(), "--client", String.valueOf(port),
                    String.valueOf(threads), String.valueOf(push)));
            return new Browsers(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        Reply command(String line) throws IOException {
            commands.println(line);
            String reply = replies.readLine();
            if (reply == null) {
                throw new IOException("The browsers' JVM ended (exit " + waitFor() + ")");
            }
            return Reply.parse(reply);
        }

        private int waitFor() {
            try {
                return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        public void close() {
            commands.println("quit");
            if (waitFor() == -1) {
                process.destroy();
            }
        }
    }

    // ------------------------------------------------------------------------------------------ browsers (client JVM)

    /**
     * The virtual browsers: one shared HTTP client, each browser with its own session cookie, UI id, CSRF token and
     * message counters, as the Flow client keeps them; no response body is kept once read.
     */
    static final class Client {
        static final AtomicInteger UNEXPECTED_CLOSE = new AtomicInteger();
        private final HttpClient http;
        private final String base;
        private final String ws;
        private final boolean push;
        private final ExecutorService pool;
        private final List<Browser> open = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger counter = new AtomicInteger();
        private final boolean trace = Boolean.getBoolean("portal.bench.trace");

        private Client(int port, int threads, boolean push) {
            this.pool = Executors.newFixedThreadPool(threads);
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            this.base = "http://localhost:" + port;
            this.ws = "ws://localhost:" + port;
            this.push = push;
        }

        static void run(int port, int threads, boolean push) throws Exception {
            Client client = new Client(port, threads, push);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String reply = line.startsWith("open ") ? client.open(Integer.parseInt(line.substring(5)))
                        : line.equals("close") ? client.closeAll()
                        : line.equals("status") ? "ok=" + client.open.size() + " failed=0 millis=0 push="
                        + client.pushOpen() : "ok=0 failed=1 millis=0";
                System.out.println(reply);
                System.out.flush();
            }
            client.pool.shutdownNow();
            System.exit(0);
        }

        private String open(int count) throws InterruptedException {
            long start = System.nanoTime();
            List<Future<?>> signIns = new ArrayList<>();
            AtomicInteger failed = new AtomicInteger();
            for (int i = 0; i < count; i++) {
                int n = counter.getAndIncrement();
                signIns.add(pool.submit(() -> {
                    try {
                        open.add(signIn(USERS.get(n % USERS.size()), trace && n == 0));
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 5) {
                            System.err.println("sign-in " + n + " failed: " + e);
                        }
                    }
                }));
            }
            waitAll(signIns);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return "ok=" + (count - failed.get()) + " failed=" + failed.get() + " millis=" + millis + " push="
                    + pushOpen();
        }

        private long pushOpen() {
            synchronized (open) {
                return open.stream().filter(b -> b.push != null && !b.push.closed).count();
            }
        }

        private String closeAll() throws InterruptedException {
            long start = System.nanoTime();
            List<Browser> browsers;
            synchronized (open) {
                browsers = new ArrayList<>(open);
                open.clear();
            }
            AtomicInteger failed = new AtomicInteger();
            List<Future<?>> signOuts = new ArrayList<>();
            for (Browser browser : browsers) {
                signOuts.add(pool.submit(() -> {
                    try {
                        signOut(browser);
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 5) {
                            System.err.println("sign-out failed: " + e);
                        }
                    }
                }));
            }
            waitAll(signOuts);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return "ok=" + (browsers.size() - failed.get()) + " failed=" + failed.get() + " millis=" + millis;
        }

        private static void waitAll(List<Future<?>> tasks) throws InterruptedException {
            for (Future<?> task : tasks) {
                try {
                    task.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }

        /** What a browser does from opening the sign-in page to showing the signed-in home page. */
        Browser signIn(String username, boolean trace) throws Exception {
            Browser browser = new Browser(trace);
            try {
                return signIn(browser, username);
            } catch (Exception e) {
                // a failed browser goes away; its session stays on the host until it times out
                closePush(browser);
                throw e;
            }
        }

        private Browser signIn(Browser browser, String username) throws Exception {
            get(browser, "/sign-in");
            Page signInPage = init(browser, "sign-in");
            connectPush(browser, signInPage);
            uidl(browser, signInPage, rpc(navigate("sign-in")), false);
            int user = signInPage.node("sign-in-username");
            int password = signInPage.node("sign-in-password");
            int button = signInPage.node("sign-in-button");
            String before = browser.cookie;
            ArrayNode typed = rpc();
            signInPage.type(typed, user, username);
            signInPage.type(typed, password, PASSWORD);
            typed.add(signInPage.event(button, "click"));
            JsonNode clicked = uidl(browser, signInPage, typed, false);
            String location = location(clicked);
            if (!"/".equals(location)) {
                throw new IllegalStateException("sign-in did not take the page to / but to " + location
                        + (signInPage.texts.stream().anyMatch(t -> t.contains("not right") || t.contains("locked"))
                        ? " (" + signInPage.texts + ")" : ""));
            }
            if (before.equals(browser.cookie)) {
                throw new IllegalStateException("the session id was not rotated at sign-in");
            }
            // leaving the page: the Flow client's unload beacon, and the push connection closes
            leaving(browser);
            uidl(browser, signInPage, rpc(), true);
            closePush(browser);

            get(browser, location);
            Page home = init(browser, "");
            connectPush(browser, home);
            uidl(browser, home, rpc(navigate("")), false);
            browser.signOut = home.node("sign-out");
            if (home.texts.stream().noneMatch(t -> t.startsWith("Hello ")) || home.ids.get("home-view") == null) {
                throw new IllegalStateException("the home page is not the signed-in one: " + home.texts);
            }
            browser.clickData = home.eventData(browser.signOut, "click");
            browser.page = home.keepOnlyCounters();
            return browser;
        }

        void signOut(Browser browser) throws Exception {
            leaving(browser);
            ObjectNode click = JSON.createObjectNode().put("type", "event").put("node", browser.signOut)
                    .put("event", "click");
            click.set("data", browser.clickData);
            JsonNode reply = uidl(browser, browser.page, rpc().add(click), false, true);
            String location = location(reply);
            closePush(browser);
            if (!"/".equals(location)) {
                throw new IllegalStateException("sign-out did not take the page to / but to " + location);
            }
        }

        private static ArrayNode rpc(JsonNode... invocations) {
            ArrayNode rpc = JSON.createArrayNode();
            for (JsonNode invocation : invocations) {
                rpc.add(invocation);
            }
            return rpc;
        }

        /** The event Flow.js fires on the UI element to have the server show a route (its connectClient). */
        private static ObjectNode navigate(String route) {
            ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                    .put("trigger", "");
            data.putNull("historyState");
            ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
            event.set("data", data);
            return event;
        }

        /** The address a response sends the page to ({@code Page.setLocation}: {@code window.open(url, '_self')}). */
        private static String location(JsonNode message) {
            for (JsonNode call : message.path("execute")) {
                String script = call.get(call.size() - 1).asText();
                if (script.contains("window.open") || script.contains("location")) {
                    return call.get(0).asText();
                }
            }
            return null;
        }

        private void get(Browser browser, String path) throws IOException, InterruptedException {
            HttpResponse<Void> response = send(browser, HttpRequest.newBuilder(URI.create(base + path)).GET(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
            }
        }

        private Page init(Browser browser, String route) throws IOException, InterruptedException {
            URI uri = URI.create(base + "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                    + "&query=");
            HttpResponse<String> response = send(browser, HttpRequest.newBuilder(uri).GET(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("init " + route + ": HTTP " + response.statusCode());
            }
            browser.trace("init " + route, response.body());
            JsonNode config = JSON.readTree(response.body()).get("appConfig");
            JsonNode uidl = config.get("uidl");
            Page page = new Page(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asText(),
                    uidl.path("Vaadin-Push-ID").asText(null));
            page.absorb(uidl);
            return page;
        }

        /** One UIDL message, as the Flow client sends it (or, with {@code unload}, its page-unload beacon). */
        private JsonNode uidl(Browser browser, Page page, ArrayNode rpc, boolean unload)
                throws IOException, InterruptedException {
            return uidl(browser, page, rpc, unload, false);
        }

        /** The same; {@code endsSession}: the answer may say the session is over (signing out ends it). */
        private JsonNode uidl(Browser browser, Page page, ArrayNode rpc, boolean unload, boolean endsSession)
                throws IOException, InterruptedException {
            ObjectNode message = JSON.createObjectNode().put("csrfToken", page.csrf);
            message.set("rpc", rpc);
            message.put("syncId", page.syncId).put("clientId", page.clientId++);
            if (unload) {
                message.put("UNLOAD", true);
            }
            String body = message.toString();
            browser.trace("uidl ->", body);
            HttpResponse<String> response = send(browser, HttpRequest.newBuilder(
                    URI.create(base + "/?v-r=uidl&v-uiId=" + page.uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
            browser.trace("uidl <- " + response.statusCode(), response.body());
            if (unload) {
                return null;
            }
            String text = response.body();
            if (response.statusCode() != 200 || !text.startsWith("for(;;);")) {
                throw new IllegalStateException("UIDL: HTTP " + response.statusCode() + " "
                        + text.substring(0, Math.min(200, text.length())));
            }
            JsonNode reply = JSON.readTree(text.substring("for(;;);".length())).get(0);
            if (reply.path("meta").has("appError")
                    || (reply.path("meta").has("sessionExpired") && !endsSession)) {
                throw new IllegalStateException("UIDL error: " + reply.get("meta"));
            }
            page.syncId = reply.path("syncId").asInt(page.syncId);
            if (reply.has("clientId")) {
                page.clientId = reply.get("clientId").asInt();
            }
            page.absorb(reply);
            return reply;
        }

        private <T> HttpResponse<T> send(Browser browser, HttpRequest.Builder request,
                                         HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
            if (browser.cookie != null) {
                request.header("Cookie", "JSESSIONID=" + browser.cookie);
            }
            HttpResponse<T> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
            for (String cookie : response.headers().allValues("set-cookie")) {
                if (cookie.startsWith("JSESSIONID=")) {
                    int end = cookie.indexOf(';');
                    browser.cookie = cookie.substring("JSESSIONID=".length(), end < 0 ? cookie.length() : end);
                }
            }
            return response;
        }

        /**
         * The page's push connection as vaadinPush.js (Atmosphere 4) opens it, waiting for the server's first
         * message (the Atmosphere protocol's handshake).
         */
        private void connectPush(Browser browser, Page page) throws Exception {
            if (!push) {
                return;
            }
            String uri = ws + "/VAADIN/push?v-r=push&v-uiId=" + page.uiId + "&v-pushId=" + page.pushId
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                    + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
            CompletableFuture<String> first = new CompletableFuture<>();
            Push connection = new Push();
            WebSocket.Listener listener = new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    first.complete(data.toString());
                    socket.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                    connection.closed = true;
                    if (!connection.leaving && UNEXPECTED_CLOSE.incrementAndGet() <= 5) {
                        System.err.printf("the server closed the push connection of UI %d (%d ms after the browser "
                                + "started): %d %s%n", page.uiId, (System.nanoTime() - browser.born) / 1_000_000,
                                status, reason);
                    }
                    first.completeExceptionally(new IllegalStateException("push closed: " + status + " " + reason));
                    return null;
                }

                @Override
                public void onError(WebSocket socket, Throwable error) {
                    connection.closed = true;
                    if (!connection.leaving && UNEXPECTED_CLOSE.incrementAndGet() <= 5) {
                        System.err.printf("the push connection of UI %d failed: %s%n", page.uiId, error);
                    }
                    first.completeExceptionally(error);
                }
            };
            try {
                connection.socket = http.newWebSocketBuilder().header("Cookie", "JSESSIONID=" + browser.cookie)
                        .connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(uri), listener)
                        .get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                    throw new IllegalStateException("push refused: HTTP " + refused.getResponse().statusCode() + " "
                            + refused.getResponse().body());
                }
                throw e;
            }
            browser.push = connection;
            browser.trace("push <-", first.get(30, TimeUnit.SECONDS));
        }

        /** The page goes away, and with it its push connection (which the server may already have closed). */
        private static void closePush(Browser browser) {
            Push connection = browser.push;
            if (connection != null) {
                browser.push = null;
                connection.leaving = true;
                try {
                    connection.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(30, TimeUnit.SECONDS);
                } catch (Exception alreadyClosing) {
                    connection.socket.abort();
                }
            }
        }

        /** The page is being left: the server ending its push connection now is expected. */
        private static void leaving(Browser browser) {
            if (browser.push != null) {
                browser.push.leaving = true;
            }
        }
    }

    /** A page's push connection, and whether it has ended. */
    static final class Push {
        volatile WebSocket socket;
        volatile boolean closed;
        /** The page is being left, so the server closing the connection is expected. */
        volatile boolean leaving;
    }

    /** One virtual browser tab: its session cookie, the page it shows, its push connection. */
    static final class Browser {
        final boolean trace;
        final long born = System.nanoTime();
        String cookie;
        Page page;
        int signOut;
        JsonNode clickData;
        volatile Push push;

        Browser(boolean trace) {
            this.trace = trace;
        }

        void trace(String what, String text) {
            if (trace) {
                System.err.println("[trace " + (System.nanoTime() - born) / 1_000_000 + " ms] " + what + " "
                        + (text.length() > 4000 ? text.substring(0, 4000) + "…"
                        : text));
            }
        }
    }

    /**
     * What the browser knows of one loaded page (one UI): its id, CSRF token and message counters; while signing in
     * also the elements' ids, DOM event listeners and texts that the server sent.
     */
    static final class Page {
        final int uiId;
        final String csrf;
        final String pushId;
        int syncId;
        int clientId;
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Map<String, String>> listeners = new HashMap<>();
        Map<String, JsonNode> constants = new HashMap<>();
        List<String> texts = new ArrayList<>();

        Page(int uiId, String csrf, String pushId) {
            this.uiId = uiId;
            this.csrf = csrf;
            this.pushId = pushId;
        }

        void absorb(JsonNode message) {
            for (Map.Entry<String, JsonNode> constant : message.path("constants").properties()) {
                constants.put(constant.getKey(), constant.getValue());
            }
            for (JsonNode change : message.path("changes")) {
                if (!"put".equals(change.path("type").asText())) {
                    continue;
                }
                int node = change.path("node").asInt();
                int feature = change.path("feat").asInt();
                String key = change.path("key").asText();
                if (feature == 3 && key.equals("id")) {
                    ids.put(change.path("value").asText(), node);
                } else if (feature == 4) {
                    listeners.computeIfAbsent(node, n -> new LinkedHashMap<>()).put(key, change.path("value").asText());
                } else if (feature == 7 && key.equals("text")) {
                    texts.add(change.path("value").asText());
                }
            }
        }

        int node(String id) {
            Integer node = ids.get(id);
            if (node == null) {
                throw new IllegalStateException("no element #" + id + " on the page; ids " + ids.keySet());
            }
            return node;
        }

        /**
         * Typing into a field and leaving it: the DOM event whose listener synchronizes {@code value} fires, and the
         * client sends the property ({@code mSync}) and then the event.
         */
        void type(ArrayNode rpc, int node, String value) {
            Map<String, String> events = listeners.getOrDefault(node, Map.of());
            String syncing = events.entrySet().stream()
                    .filter(e -> constants.getOrDefault(e.getValue(), JSON.createObjectNode()).has("}value"))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("node " + node + " synchronizes no value: " + events));
            rpc.add(JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                    .put("property", "value").put("value", value));
            rpc.add(event(node, syncing));
        }

        ObjectNode event(int node, String name) {
            ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
            event.set("data", eventData(node, name));
            return event;
        }

        /** The event data the listener asked for, as a plain mouse click or key-less change gives it. */
        ObjectNode eventData(int node, String name) {
            String hash = listeners.getOrDefault(node, Map.of()).get(name);
            if (hash == null) {
                throw new IllegalStateException("node " + node + " has no " + name + " listener");
            }
            ObjectNode data = JSON.createObjectNode();
            for (Iterator<String> it = constants.get(hash).fieldNames(); it.hasNext(); ) {
                String expression = it.next();
                if (expression.startsWith("}") || expression.equals("for")) {
                    continue;
                }
                if (expression.endsWith("Key")) {
                    data.put(expression, false);
                } else if (expression.equals("event.detail")) {
                    data.put(expression, 1);
                } else {
                    data.put(expression, 0);
                }
            }
            return data;
        }

        /** Drops what was only needed to find the form and check the page, keeping what later messages need. */
        Page keepOnlyCounters() {
            ids = null;
            listeners = null;
            constants = null;
            texts = null;
            return this;
        }
    }
}
