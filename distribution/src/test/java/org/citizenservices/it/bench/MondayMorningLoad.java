package org.citizenservices.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.it.support.Layout;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A Monday-8am load on the patient API (run by bench/monday-morning.sh; issue 9): many citizens' apps at once signing
 * in, searching for a slot, some booking, some reading their record. It talks only HTTP to a base URL, so the same
 * generator measures one node on Derby, one on PostgreSQL, or two behind nginx; its {@link #main} starts the host
 * in-process (demo practice, appointments and record modules, {@link BenchHost}) when no URL is given.
 *
 * <h2>Virtual users</h2>
 * {@code users} closed-loop threads (each sends its next request when the last one answered). The demo practice has
 * two accounts that can link apps, so users share them: {@link Mix#janeShare} of them (default 3 in 4) link Jane Demo's
 * account (she acts for herself, and as proxy for Sam and Lily), the others Carol Carer's (proxy for Arthur Elder) —
 * about one user in four per bookable patient. Before the clock starts, each user links its own app
 * ({@code POST /linkages}, its own access identity; reported apart, as set-up), one user after the other: an app links
 * once in its life, not on Monday morning, and parallel linkages of one account can deadlock on Derby (each loser
 * waiting out Derby's 20 s deadlock timeout, then a {@code 500}). Then all users repeat <b>visits</b> until the
 * measure ends.
 *
 * <h2>A visit (the mix)</h2>
 * <ol>
 *   <li><b>sign-in</b>: {@code POST /sessions} with the user's access identity (a new session every visit);</li>
 *   <li>the visit's patient: one of the session's patients with APPOINTMENTS, uniformly;</li>
 *   <li><b>slot search</b>: {@code GET /patients/{id}/appointment-slots?from&to}, always, for {@link Mix#searchDays}
 *       days (default 7) from {@link Mix#searchFromDays} days ahead (default 2, the day after tomorrow: every slot
 *       found is beyond the practice's 24-hour cancellation cut-off, so what is booked can be cancelled online);</li>
 *   <li><b>booking</b>, in {@link Mix#bookRatio} of visits (default 40 %): {@code POST /patients/{id}/appointments}
 *       with one of the {@link Mix#pickAmong} earliest slots found (default 10, at random: the rush wants the
 *       earliest). A {@code 409} "someone has just booked" is the normal outcome of the rush: the user tries one other
 *       slot of the same list ({@link Mix#bookAttempts}, default 2 attempts in all). {@code 409} "many people are
 *       booking" (the book's lock-conflict retries exhausted) and {@code 422} "maximum of future appointments" are
 *       counted apart too, as refusals the rules allow, not as errors;</li>
 *   <li><b>record read</b>, in {@link Mix#recordRatio} of visits (default 50 %, independent of booking):
 *       {@code GET /patients/{id}/record?section=…} for the visit's patient if RECORD is available for them, else for
 *       another of the session's patients who has it (Lily has no RECORD for Jane); the section at random among those
 *       the patient's level shows (SUMMARY: allergies, medicines; DETAILED_CODED adds problems, consultations,
 *       immunisations; DOCUMENTS adds documents; FULL adds test results and administrative), first page (100
 *       items);</li>
 *   <li><b>cancel</b>: an appointment booked in this visit is cancelled before the session ends
 *       ({@code DELETE /patients/{id}/appointments/{appointmentId}}), in {@link Mix#cancelSameVisit} of cases
 *       (default all); the others are kept until the same user's next visit, which cancels them first thing.
 *       Why all by default: the demo practice allows 2 future appointments per patient and has 4 bookable patients,
 *       so the whole load can hold only 8 appointments at once; kept appointments would fill every patient's
 *       maximum within seconds and turn the rest of the run's bookings into {@code 422}. So every booking is one
 *       "changed my mind" cancellation too, and the book stays at its demo size (slots never run out);</li>
 *   <li><b>sign-out</b>: {@code DELETE /sessions/current};</li>
 *   <li>think: a uniformly random pause of 0 to {@link Mix#thinkMaxMs} ms (default 200) before the next visit.</li>
 * </ol>
 * Every ratio can be changed by a system property ({@code -Dmonday.bookRatio=0.5} etc., see {@link Mix#standard}).
 *
 * <h2>Measure</h2>
 * The users run for {@code warmUp} seconds (the JIT needs some 20 s of load here), then {@code seconds} are measured:
 * a request counts if it <em>started</em> in the measured window, a visit if it <em>ended</em> in it; after the
 * window each user finishes its visit (cancelling, signing out) uncounted. Per request kind: count, throughput,
 * p50/p99/max latency of every answer, the expected refusals, and errors (any other status, or no answer) with the
 * statuses seen. Before the load, one pre-flight session counts the free slots in the search window; after it, a sweep
 * cancels any appointment the run left booked (marked by its reason) and counts the free slots again.
 *
 * <p>Against an external node, its credential limit must be lifted ({@code
 * -Dcitizenservices.api.credentialAttemptsPerMinute=100000000}), or {@code POST /linkages} and {@code POST /sessions}
 * answer {@code 429} (all virtual users share this machine's address); behind nginx, the nodes need
 * {@code --behind-proxy} and a shared database (which holds the API sessions, so any node serves any call).
 */
public final class MondayMorningLoad {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The reason every booking of the load carries: the after-run sweep cancels what still has it. */
    static final String REASON = "Monday morning load test";
    static final ZoneId PRACTICE_ZONE = ZoneId.of("Europe/London");

    /** A demo account that can link an app (docs/demo-data.md). */
    record Account(String name, String linkage) {
    }

    static final Account JANE = new Account("Jane Demo", "{\"accountId\":\"DEMO100001\",\"linkageKey\":"
            + "\"Rv7Kq2Xm9Tz4Wp8L\",\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\"}");
    static final Account CAROL = new Account("Carol Carer", "{\"accountId\":\"DEMO100002\",\"linkageKey\":"
            + "\"Hp4Wn8Qz3Rk7Xt2M\",\"odsCode\":\"Y99999\",\"surname\":\"Carer\",\"dateOfBirth\":\"1970-07-07\"}");

    /** Sections and the lowest level that shows each (modules/record RecordSection). */
    static final String[][] SECTIONS = {{"ALLERGIES", "SUMMARY"}, {"MEDICATIONS", "SUMMARY"},
            {"PROBLEMS", "DETAILED_CODED"}, {"CONSULTATIONS", "DETAILED_CODED"}, {"IMMUNISATIONS", "DETAILED_CODED"},
            {"DOCUMENTS", "DOCUMENTS"}, {"TEST_RESULTS", "FULL"}, {"ADMINISTRATIVE", "FULL"}};
    static final List<String> LEVELS = List.of("SUMMARY", "DETAILED_CODED", "DOCUMENTS", "FULL");

    /**
     * The mix of a visit.
     *
     * @param bookRatio       share of visits that book (after the search)
     * @param recordRatio     share of visits that read the record
     * @param cancelSameVisit share of successful bookings cancelled in the same visit (the rest: next visit)
     * @param thinkMaxMs      a user's pause between visits is uniform in [0, thinkMaxMs] ms
     * @param searchFromDays  the slot search starts this many days after today (practice time)
     * @param searchDays      and covers this many days
     * @param pickAmong       a booking picks at random among this many earliest slots found
     * @param bookAttempts    booking attempts in a visit when the slot was just taken (409)
     * @param janeShare       share of users linking Jane Demo's account (the others: Carol Carer's)
     */
    public record Mix(double bookRatio, double recordRatio, double cancelSameVisit, int thinkMaxMs, int searchFromDays,
                      int searchDays, int pickAmong, int bookAttempts, double janeShare) {

        /** The defaults, each overridable by the system property {@code monday.<name>}. */
        public static Mix standard() {
            return new Mix(number("bookRatio", 0.40), number("recordRatio", 0.50), number("cancelSameVisit", 1.0),
                    (int) number("thinkMaxMs", 200), (int) number("searchFromDays", 2), (int) number("searchDays", 7),
                    (int) number("pickAmong", 10), (int) number("bookAttempts", 2), number("janeShare", 0.75));
        }

        private static double number(String name, double fallback) {
            String value = System.getProperty("monday." + name);
            return value == null ? fallback : Double.parseDouble(value);
        }

        String describe() {
            return String.format(Locale.ROOT, "every visit: POST /sessions, GET appointment-slots (%d days from today+%d);"
                            + " %.0f %% book (one of the %d earliest, %d attempts on 409); %.0f %% read a record section;"
                            + " %.0f %% of bookings cancelled in the same visit (rest next visit); DELETE /sessions/current;"
                            + " think 0-%d ms; users %.0f %% Jane Demo / %.0f %% Carol Carer",
                    searchDays, searchFromDays, bookRatio * 100, pickAmong, bookAttempts, recordRatio * 100,
                    cancelSameVisit * 100, thinkMaxMs, janeShare * 100, (1 - janeShare) * 100);
        }
    }

    /** The request kinds reported, with the status that means success. */
    public enum Kind {
        LINK("POST /linkages (set-up: once per user, one at a time)", 201),
        SIGN_IN("POST /sessions (sign-in)", 201),
        SLOT_SEARCH("GET appointment-slots (slot search)", 200),
        BOOK("POST appointments (booking)", 201),
        CANCEL("DELETE appointments/{id} (cancel)", 204),
        RECORD("GET record?section= (record read)", 200),
        SIGN_OUT("DELETE /sessions/current", 204);

        final String label;
        final int expected;

        Kind(String label, int expected) {
            this.label = label;
            this.expected = expected;
        }
    }

    /** What an answer meant: success, one of the refusals a rush brings, or an error. */
    public enum Outcome {
        OK, TAKEN, BUSY, CAP, ERROR
    }

    record Sample(Kind kind, long startNanos, long micros, Outcome outcome, String error) {
    }

    record Visit(long endNanos, boolean booked) {
    }

    /** One answer: status, body, and what it meant (status 0 = no answer). */
    record Answer(int status, byte[] body, Outcome outcome) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** A patient of an open session. */
    record Link(String id, String name, List<String> services, String level) {
    }

    private final String api;
    private final int users;
    private final Mix mix;
    private final HttpClient http;

    /** @param api the API's base, e.g. {@code http://localhost:8080/api/v1} ({@code /api/v1} is added if missing) */
    public MondayMorningLoad(String api, int users, Mix mix) {
        String base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        this.api = base.endsWith("/api/v1") ? base : base + "/api/v1";
        this.users = users;
        this.mix = mix;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "-";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Mix mix = Mix.standard();
        if (base.equals("-")) {
            try (CitizenServicesHost host = BenchHost.start("monday-morning", Map.of("appointments",
                    Layout.appointmentsJar(), "record", Layout.recordJar()))) {
                new MondayMorningLoad(BenchHost.api(host), users, mix)
                        .run(warmUp, seconds).print(System.out, "in-process host (demo practice, embedded Derby)");
            }
        } else {
            new MondayMorningLoad(base, users, mix).run(warmUp, seconds).print(System.out, base);
        }
    }

    // ---- the run ------------------------------------------------------------------------------------------------

    /** Warms up, measures and sweeps; the report covers the measured window. */
    public Report run(int warmUpSeconds, int seconds) throws Exception {
        LocalDate from = LocalDate.now(PRACTICE_ZONE).plusDays(mix.searchFromDays());
        LocalDate to = from.plusDays(mix.searchDays() - 1L);
        int freeBefore = freeSlots(from, to);
        if (freeBefore < 2 * mix.pickAmong()) {
            System.out.printf("WARNING: only %d free slots between %s and %s: bookings will mostly be refused%n",
                    freeBefore, from, to);
        }
        // set-up: every user links its app, one after the other, before the clock starts (an app links once in its
        // life, not on Monday morning; and parallel linkages of one account can deadlock on Derby: see above)
        int janeUsers = (int) Math.round(users * mix.janeShare());
        List<User> all = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            User user = new User(i < janeUsers ? JANE : CAROL, new SplittableRandom(0x4d6f6e646179L + i), from, to);
            user.link();
            all.add(user);
        }
        long began = System.nanoTime();
        long measureFrom = began + warmUpSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Sample> samples = new ArrayList<>();
        List<Visit> visits = new ArrayList<>();
        try {
            List<Future<User>> running = new ArrayList<>();
            for (User user : all) {
                running.add(pool.submit(() -> user.run(measureTo)));
            }
            for (Future<User> future : running) {
                User user = future.get();
                samples.addAll(user.samples);
                visits.addAll(user.visits);
            }
        } finally {
            pool.shutdownNow();
        }
        int leftOver = sweep();
        int freeAfter = freeSlots(from, to);
        return new Report(mix, users, janeUsers, warmUpSeconds, seconds, measureFrom, measureTo, samples, visits,
                freeBefore, freeAfter, leftOver, from, to);
    }

    /** One virtual user: its app, its samples and visits. */
    private final class User {
        final Account account;
        final SplittableRandom random;
        final LocalDate from;
        final LocalDate to;
        final List<Sample> samples = new ArrayList<>();
        final List<Visit> visits = new ArrayList<>();
        String access;
        /** An appointment kept from the last visit: {patient name, appointment id}. */
        String[] kept;

        User(Account account, SplittableRandom random, LocalDate from, LocalDate to) {
            this.account = account;
            this.random = random;
            this.from = from;
            this.to = to;
        }

        /** Links the user's own app ({@code POST /linkages}): its access identity. Five attempts, or the run fails. */
        void link() throws Exception {
            Answer linked = null;
            for (int attempt = 0; access == null && attempt < 5; attempt++) {
                linked = send(Kind.LINK, post("/linkages", null, account.linkage()));
                if (linked.outcome() == Outcome.OK) {
                    access = linked.json().get("accessIdentity").asText();
                } else {
                    Thread.sleep(1000);
                }
            }
            if (access == null) {
                throw new IllegalStateException("linking " + account.name() + " answered " + linked.status() + ": "
                        + new String(linked.body()));
            }
        }

        User run(long until) throws Exception {
            while (System.nanoTime() < until) {
                boolean booked = visit();
                visits.add(new Visit(System.nanoTime(), booked));
                if (mix.thinkMaxMs() > 0) {
                    Thread.sleep(random.nextInt(mix.thinkMaxMs() + 1));
                }
            }
            if (kept != null) {
                visitToCancel();
            }
            return this;
        }

        /** One visit; true if it booked an appointment. */
        boolean visit() throws IOException, InterruptedException {
            Answer opened = send(Kind.SIGN_IN, post("/sessions", null, "{\"accessIdentity\":\"" + access + "\"}"));
            if (opened.outcome() != Outcome.OK) {
                return false;
            }
            JsonNode session = opened.json();
            String token = session.get("sessionToken").asText();
            List<Link> links = links(session);
            try {
                cancelKept(token, links);
                List<Link> bookable = links.stream().filter(l -> l.services().contains("APPOINTMENTS")).toList();
                if (bookable.isEmpty()) {
                    return false;
                }
                Link patient = bookable.get(random.nextInt(bookable.size()));
                String appointment = null;
                Answer slots = send(Kind.SLOT_SEARCH, get("/patients/" + patient.id() + "/appointment-slots?from="
                        + from + "&to=" + to, token));
                if (slots.outcome() == Outcome.OK && random.nextDouble() < mix.bookRatio()) {
                    appointment = book(token, patient, slotIds(slots.json()));
                }
                if (random.nextDouble() < mix.recordRatio()) {
                    readRecord(token, patient, links);
                }
                if (appointment != null) {
                    if (random.nextDouble() < mix.cancelSameVisit()) {
                        send(Kind.CANCEL, delete("/patients/" + patient.id() + "/appointments/" + appointment, token));
                    } else {
                        kept = new String[]{patient.name(), appointment};
                    }
                }
                return appointment != null;
            } finally {
                send(Kind.SIGN_OUT, delete("/sessions/current", token));
            }
        }

        /** After the run: a short visit that only cancels the appointment kept from the last one. */
        void visitToCancel() throws IOException, InterruptedException {
            Answer opened = send(Kind.SIGN_IN, post("/sessions", null, "{\"accessIdentity\":\"" + access + "\"}"));
            if (opened.outcome() == Outcome.OK) {
                String token = opened.json().get("sessionToken").asText();
                cancelKept(token, links(opened.json()));
                send(Kind.SIGN_OUT, delete("/sessions/current", token));
            }
        }

        private void cancelKept(String token, List<Link> links) throws IOException, InterruptedException {
            if (kept == null) {
                return;
            }
            for (Link link : links) {
                if (link.name().equals(kept[0])) {
                    send(Kind.CANCEL, delete("/patients/" + link.id() + "/appointments/" + kept[1], token));
                }
            }
            kept = null;
        }

        /** Books one of the earliest slots; on "just taken", another of them. The appointment's id, or null. */
        private String book(String token, Link patient, List<String> slotIds) throws IOException, InterruptedException {
            List<String> choice = new ArrayList<>(slotIds.subList(0, Math.min(mix.pickAmong(), slotIds.size())));
            for (int attempt = 0; attempt < mix.bookAttempts() && !choice.isEmpty(); attempt++) {
                String slot = choice.remove(random.nextInt(choice.size()));
                Answer booked = send(Kind.BOOK, post("/patients/" + patient.id() + "/appointments", token,
                        "{\"slotId\":\"" + slot + "\",\"reason\":\"" + REASON + "\"}"));
                if (booked.outcome() == Outcome.OK) {
                    return booked.json().get("appointmentId").asText();
                }
                if (booked.outcome() != Outcome.TAKEN) {
                    return null;
                }
            }
            return null;
        }

        private void readRecord(String token, Link patient, List<Link> links) throws IOException, InterruptedException {
            Link reader = patient;
            if (!patient.services().contains("RECORD")) {
                List<Link> withRecord = links.stream().filter(l -> l.services().contains("RECORD")).toList();
                if (withRecord.isEmpty()) {
                    return;
                }
                reader = withRecord.get(random.nextInt(withRecord.size()));
            }
            int level = LEVELS.indexOf(reader.level());
            List<String> shown = new ArrayList<>();
            for (String[] section : SECTIONS) {
                if (LEVELS.indexOf(section[1]) <= level) {
                    shown.add(section[0]);
                }
            }
            if (shown.isEmpty()) {
                return;
            }
            send(Kind.RECORD, get("/patients/" + reader.id() + "/record?section="
                    + shown.get(random.nextInt(shown.size())), token));
        }

        private Answer send(Kind kind, HttpRequest request) throws InterruptedException {
            long start = System.nanoTime();
            Answer answer = MondayMorningLoad.this.send(kind, request);
            samples.add(new Sample(kind, start, (System.nanoTime() - start) / 1000, answer.outcome(),
                    answer.outcome() == Outcome.ERROR
                            ? (answer.status() == 0 ? new String(answer.body()) : Integer.toString(answer.status()))
                            : null));
            return answer;
        }
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------------

    private HttpRequest post(String path, String token, String body) {
        return authorised(HttpRequest.newBuilder(URI.create(api + path)), token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest get(String path, String token) {
        return authorised(HttpRequest.newBuilder(URI.create(api + path)), token).GET().build();
    }

    private HttpRequest delete(String path, String token) {
        return authorised(HttpRequest.newBuilder(URI.create(api + path)), token).DELETE().build();
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(60));
        // no session yet: linkage and new sessions go with the demo app's registered credentials
        return request.header("Authorization", token == null
                ? org.citizenservices.it.support.DemoLetters.APP_AUTHORIZATION : "Bearer " + token);
    }

    /** Sends and classifies; a failure to get an answer is an error with status 0 and the exception's name. */
    Answer send(Kind kind, HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            return new Answer(status, response.body(), classify(kind, status, response.body()));
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName().getBytes(), Outcome.ERROR);
        }
    }

    static Outcome classify(Kind kind, int status, byte[] body) {
        if (status == kind.expected) {
            return Outcome.OK;
        }
        if (kind == Kind.BOOK && (status == 409 || status == 422)) {
            String detail;
            try {
                detail = JSON.readTree(body).path("detail").asText("");
            } catch (IOException e) {
                return Outcome.ERROR;
            }
            if (status == 409 && detail.contains("just booked")) {
                return Outcome.TAKEN;
            }
            if (status == 409 && detail.contains("Many people are booking")) {
                return Outcome.BUSY;
            }
            if (status == 422 && detail.contains("upcoming appointments")) {
                return Outcome.CAP;
            }
        }
        return Outcome.ERROR;
    }

    static List<Link> links(JsonNode session) {
        List<Link> links = new ArrayList<>();
        for (JsonNode patient : session.get("patients")) {
            List<String> services = new ArrayList<>();
            patient.path("services").forEach(s -> services.add(s.asText()));
            JsonNode level = patient.path("recordAccessLevel");
            links.add(new Link(patient.get("patientLinkId").asText(), patient.get("name").asText(), services,
                    level.isTextual() ? level.asText() : null));
        }
        return links;
    }

    static List<String> slotIds(JsonNode slots) {
        List<String> ids = new ArrayList<>();
        slots.get("slots").forEach(slot -> ids.add(slot.get("slotId").asText()));
        return ids;
    }

    /** Links an app to the account and opens a session, outside the measure: {token, the session's JSON}. */
    private String[] session(Account account) throws Exception {
        Answer linked = send(Kind.LINK, post("/linkages", null, account.linkage()));
        if (linked.outcome() != Outcome.OK) {
            throw new IllegalStateException("linking " + account.name() + " answered " + linked.status() + ": "
                    + new String(linked.body()));
        }
        Answer opened = send(Kind.SIGN_IN, post("/sessions", null, "{\"accessIdentity\":\""
                + linked.json().get("accessIdentity").asText() + "\"}"));
        if (opened.outcome() != Outcome.OK) {
            throw new IllegalStateException("a session for " + account.name() + " answered " + opened.status());
        }
        return new String[]{opened.json().get("sessionToken").asText(), new String(opened.body())};
    }

    /** Free slots Jane sees for herself in the search window. */
    private int freeSlots(LocalDate from, LocalDate to) throws Exception {
        String[] session = session(JANE);
        try {
            Link jane = links(JSON.readTree(session[1])).stream().filter(l -> l.name().equals("Jane Demo"))
                    .findFirst().orElseThrow();
            Answer slots = send(Kind.SLOT_SEARCH, get("/patients/" + jane.id() + "/appointment-slots?from=" + from
                    + "&to=" + to, session[0]));
            return slotIds(slots.json()).size();
        } finally {
            send(Kind.SIGN_OUT, delete("/sessions/current", session[0]));
        }
    }

    /** Cancels every upcoming appointment the load booked and left (none, if every cancel worked); how many. */
    private int sweep() throws Exception {
        int cancelled = 0;
        for (Account account : List.of(JANE, CAROL)) {
            String[] session = session(account);
            try {
                for (Link link : links(JSON.readTree(session[1]))) {
                    if (!link.services().contains("APPOINTMENTS")) {
                        continue;
                    }
                    // classified as a GET expecting 200; the sweep's requests are not recorded
                    Answer upcoming = send(Kind.SLOT_SEARCH, get("/patients/" + link.id() + "/appointments",
                            session[0]));
                    for (JsonNode appointment : upcoming.json().get("appointments")) {
                        if (REASON.equals(appointment.path("reason").asText())) {
                            send(Kind.CANCEL, delete("/patients/" + link.id() + "/appointments/"
                                    + appointment.get("appointmentId").asText(), session[0]));
                            cancelled++;
                        }
                    }
                }
            } finally {
                send(Kind.SIGN_OUT, delete("/sessions/current", session[0]));
            }
        }
        return cancelled;
    }

    // ---- the report ---------------------------------------------------------------------------------------------

    /** The measured window's numbers. */
    public record Report(Mix mix, int users, int janeUsers, int warmUpSeconds, int seconds, long measureFrom,
                         long measureTo, List<Sample> samples, List<Visit> visits, int freeBefore, int freeAfter,
                         int leftOver, LocalDate searchFrom, LocalDate searchTo) {

        public void print(PrintStream out, String target) {
            double window = (measureTo - measureFrom) / 1e9;
            Map<Kind, List<Sample>> byKind = new EnumMap<>(Kind.class);
            for (Sample sample : samples) {
                boolean setUp = sample.kind() == Kind.LINK;
                if (setUp || sample.startNanos() >= measureFrom && sample.startNanos() < measureTo) {
                    byKind.computeIfAbsent(sample.kind(), k -> new ArrayList<>()).add(sample);
                }
            }
            long counted = visits.stream().filter(v -> v.endNanos() >= measureFrom && v.endNanos() < measureTo)
                    .count();
            long booked = visits.stream().filter(v -> v.endNanos() >= measureFrom && v.endNanos() < measureTo
                    && v.booked()).count();
            long requests = byKind.entrySet().stream().filter(e -> e.getKey() != Kind.LINK)
                    .mapToLong(e -> e.getValue().size()).sum();
            out.printf("Monday-morning mix against %s%n", target);
            out.printf("%s, Java %s (%s), %d cores seen by the JVM%n",
                    ZonedDateTime.now(PRACTICE_ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    Runtime.version(), System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
            long wallNow = System.currentTimeMillis();
            long nanoNow = System.nanoTime();
            out.printf("%d users (%d as Jane Demo, %d as Carol Carer), %d s measured (%s to %s) after %d s of"
                            + " warm-up%n", users, janeUsers, users - janeUsers, seconds,
                    Instant.ofEpochMilli(wallNow - (nanoNow - measureFrom) / 1_000_000),
                    Instant.ofEpochMilli(wallNow - (nanoNow - measureTo) / 1_000_000), warmUpSeconds);
            out.printf("mix: %s%n", mix.describe());
            out.printf("free online slots %s to %s: %d before, %d after; appointments left booked by the run and"
                    + " cancelled by the sweep: %d%n", searchFrom, searchTo, freeBefore, freeAfter, leftOver);
            out.printf("visits: %d in %.1f s = %.1f visits/s (%d with a booking); requests: %d = %.0f req/s%n%n",
                    counted, window, counted / window, booked, requests, requests / window);
            out.println("| Request | Count | req/s | p50 ms | p99 ms | max ms | OK | 409 taken | 409 busy | 422 maximum"
                    + " | Errors |");
            out.println("|---|---|---|---|---|---|---|---|---|---|---|");
            Map<Kind, Map<String, Integer>> errors = new EnumMap<>(Kind.class);
            for (Map.Entry<Kind, List<Sample>> entry : byKind.entrySet()) {
                List<Sample> list = entry.getValue();
                long[] m = list.stream().mapToLong(Sample::micros).sorted().toArray();
                Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
                for (Sample sample : list) {
                    outcomes.merge(sample.outcome(), 1, Integer::sum);
                    if (sample.outcome() == Outcome.ERROR) {
                        errors.computeIfAbsent(entry.getKey(), k -> new TreeMap<>()).merge(sample.error(), 1,
                                Integer::sum);
                    }
                }
                boolean setUp = entry.getKey() == Kind.LINK;
                out.printf(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %d | %s | %s | %s | %d |%n",
                        entry.getKey().label, m.length, setUp ? "–" : String.format(Locale.ROOT, "%.1f", m.length / window),
                        m[m.length / 2] / 1000.0, m[Math.min(m.length - 1, (int) (m.length * 0.99))] / 1000.0,
                        m[m.length - 1] / 1000.0, outcomes.getOrDefault(Outcome.OK, 0),
                        refusal(entry.getKey(), outcomes, Outcome.TAKEN), refusal(entry.getKey(), outcomes, Outcome.BUSY),
                        refusal(entry.getKey(), outcomes, Outcome.CAP), outcomes.getOrDefault(Outcome.ERROR, 0));
            }
            out.println();
            if (errors.isEmpty()) {
                out.println("errors: none");
            }
            errors.forEach((kind, codes) -> out.printf("errors, %s: %s%n", kind.label, codes));
        }

        private static String refusal(Kind kind, Map<Outcome, Integer> outcomes, Outcome outcome) {
            return kind == Kind.BOOK ? Integer.toString(outcomes.getOrDefault(outcome, 0)) : "–";
        }
    }
}
