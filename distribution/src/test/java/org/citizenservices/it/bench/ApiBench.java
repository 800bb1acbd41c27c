package org.citizenservices.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citizenservices.host.CitizenServicesHost;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;


/**
 * Patient API throughput and latency (run by bench/api.sh): {@code POST /sessions} and a per-patient {@code GET}
 * on the real host with the demo practice, and a bare Jetty servlet returning the GET's exact bytes in the same run,
 * as the ceiling. Closed loop: N client threads, each sending its next request when the last one answered. The bare
 * servlet and the GET are measured in alternating rounds, and the GET's share of the bare servlet is reported per round
 * and as the median of the rounds, so a machine that slows down or speeds up part-way moves both sides alike.
 */
public final class ApiBench {

    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        // the host's code paths take tens of seconds of load before the JIT has compiled them (the bare servlet's in
        // a few), so every measure is preceded by its own warm-up
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        try (CitizenServicesHost host = BenchHost.start("api-bench")) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String api = BenchHost.api(host);

            String access = post(http, api + "/linkages", "{\"accountId\":\"DEMO100001\",\"linkageKey\":"
                    + "\"Rv7Kq2Xm9Tz4Wp8L\",\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\"}")
                    .get("accessIdentity").asText();
            String sessionBody = "{\"accessIdentity\":\"" + access + "\"}";
            JsonNode session = post(http, api + "/sessions", sessionBody);
            String token = session.get("sessionToken").asText();
            String sam = session.get("patients").get(2).get("patientLinkId").asText();
            // a working day: the demo's clinics run Monday to Friday, and a weekend day's answer is an empty list
            LocalDate day = LocalDate.now().plusDays(1);
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            URI slots = URI.create(api + "/patients/" + sam + "/appointment-slots?from=" + day + "&to=" + day);
            HttpRequest get = HttpRequest.newBuilder(slots).header("Authorization", "Bearer " + token).GET().build();
            byte[] sample = http.send(get, HttpResponse.BodyHandlers.ofByteArray()).body();

            Server bare = bareServlet(sample);
            try {
                URI bareUri = URI.create("http://localhost:" + ((ServerConnector) bare.getConnectors()[0]).getLocalPort()
                        + "/same-bytes");
                HttpRequest bareGet = HttpRequest.newBuilder(bareUri).GET().build();
                HttpRequest sessions = HttpRequest.newBuilder(URI.create(api + "/sessions"))
                        .header("Content-Type", "application/json").header("Authorization", org.citizenservices.it.support.DemoLetters.APP_AUTHORIZATION)
                        .POST(HttpRequest.BodyPublishers.ofString(sessionBody)).build();
                System.out.printf("%d client threads, %d rounds of %d s per measure after a %d s warm-up of each;"
                        + " GET body %d bytes (%s)%n", threads, rounds, seconds, warmUp, sample.length, day);
                load(http, () -> bareGet, 200, threads, warmUp);
                load(http, () -> get, 200, threads, warmUp);
                double[] shares = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    Result bareRound = load(http, () -> bareGet, 200, threads, seconds);
                    Result getRound = load(http, () -> get, 200, threads, seconds);
                    report("round " + (round + 1) + ": bare Jetty servlet, same bytes", bareRound);
                    report("round " + (round + 1) + ": GET /patients/{id}/appointment-slots", getRound);
                    shares[round] = getRound.perSecond() / bareRound.perSecond();
                }
                double[] sorted = shares.clone();
                Arrays.sort(sorted);
                System.out.printf("GET as a share of the bare servlet: median %.1f %% (rounds: %s)%n",
                        100 * sorted[rounds / 2], Arrays.stream(shares).mapToObj(x -> String.format("%.1f", 100 * x))
                                .collect(java.util.stream.Collectors.joining(", ")));
                report("POST /sessions", run(http, () -> sessions, 201, threads, warmUp, seconds));
            } finally {
                bare.stop();
            }
        }
    }

    private static JsonNode post(HttpClient http, String uri, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json").header("Authorization", org.citizenservices.it.support.DemoLetters.APP_AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static Server bareServlet(byte[] body) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("application/json; charset=utf-8");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }), "/same-bytes");
        server.setHandler(context);
        server.start();
        return server;
    }

    record Result(long requests, double seconds, long[] micros, long errors) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private static Result run(HttpClient http, Supplier<HttpRequest> request, int expected, int threads, int warmUp,
                              int seconds) throws Exception {
        load(http, request, expected, threads, warmUp);
        return load(http, request, expected, threads, seconds);
    }

    private static Result load(HttpClient http, Supplier<HttpRequest> request, int expected, int threads, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> workers = new ArrayList<>();
        long began = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long[] samples = new long[1 << 16];
                int n = 0;
                long errors = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != expected) {
                        errors++;
                    }
                    if (n == samples.length) {
                        samples = Arrays.copyOf(samples, n * 2);
                    }
                    samples[n++] = (System.nanoTime() - start) / 1000;
                }
                long[] out = Arrays.copyOf(samples, n + 1);
                out[n] = errors;
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> worker : workers) {
            long[] samples = worker.get();
            for (int i = 0; i < samples.length - 1; i++) {
                all.add(samples[i]);
            }
            errors += samples[samples.length - 1];
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        return new Result(all.size(), elapsed, all.stream().mapToLong(Long::longValue).sorted().toArray(), errors);
    }

    private static void report(String what, Result result) {
        long[] m = result.micros();
        System.out.printf("%-40s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d requests, %d unexpected)%n", what,
                result.requests() / result.seconds(), m[m.length / 2] / 1000.0,
                m[Math.min(m.length - 1, (int) (m.length * 0.99))] / 1000.0, result.requests(), result.errors());
    }
}
