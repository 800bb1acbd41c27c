package org.citizenservices.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citizenservices.host.CitizenServicesHost;
import org.citizenservices.it.support.DemoLetters;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.spi.PracticeTime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Deploy and undeploy of the online consultations module on a running host under load (run by
 * bench/module-redeploy.sh): client threads keep calling, in one open patient-API session, the module's
 * {@code GET online-consultations/form} and the appointments module's {@code GET appointments}, while the main thread
 * drops the jar into {@code deploy/} and deletes it again, cycle after cycle. The consultations route may answer 200
 * (installed) or 404 (not installed) and nothing else; the appointments route must answer 200 throughout. Prints the
 * answers counted per route and status, and the deploy (jar moved in → ACTIVE) and undeploy (deleted → gone) times.
 *
 * <p>Arguments: cycles (20), client threads (4), milliseconds held in each state (1000).
 */
public final class ModuleRedeployBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModuleRedeployBench() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long hold = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        // a Monday morning, so that the form says open whatever the hour of the run
        System.setProperty(PracticeTime.START_PROPERTY, "2026-12-07T10:00");
        Map<String, Path> modules = Map.of("messaging", Layout.messagingJar(), "appointments", Layout.appointmentsJar());
        try (CitizenServicesHost host = BenchHost.start("redeploy-bench", new java.util.LinkedHashMap<>(modules))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String api = BenchHost.api(host);
            String access = post(http, api + "/linkages", "{\"accountId\":\"DEMO100001\",\"linkageKey\":"
                    + "\"Rv7Kq2Xm9Tz4Wp8L\",\"odsCode\":\"Y99999\",\"surname\":\"Demo\",\"dateOfBirth\":\"1985-03-14\"}")
                    .get("accessIdentity").asText();
            JsonNode session = post(http, api + "/sessions", "{\"accessIdentity\":\"" + access + "\"}");
            String token = session.get("sessionToken").asText();
            String jane = session.get("patients").get(0).get("patientLinkId").asText();
            Map<String, LongAdder> answers = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                String route = t % 2 == 0 ? "online-consultations/form" : "appointments";
                HttpRequest get = HttpRequest.newBuilder(URI.create(api + "/patients/" + jane + "/" + route))
                        .header("Authorization", "Bearer " + token).GET().build();
                clients.submit(() -> {
                    while (running.get()) {
                        String key;
                        try {
                            key = route + " " + http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            key = route + " " + e.getClass().getSimpleName();
                        }
                        answers.computeIfAbsent(key, k -> new LongAdder()).increment();
                    }
                    return null;
                });
            }
            Health health = new Health(host.port());
            Path jar = Layout.onlineConsultationsJar();
            List<Long> deploys = new ArrayList<>();
            List<Long> undeploys = new ArrayList<>();
            for (int cycle = 0; cycle < cycles; cycle++) {
                long began = System.nanoTime();
                Path deployed = Layout.deploy(jar, host.options().deployDir());
                while (!health.stateOf("online-consultations").orElse("").equals("ACTIVE")) {
                    Thread.sleep(5);
                }
                deploys.add((System.nanoTime() - began) / 1_000_000);
                Thread.sleep(hold);
                began = System.nanoTime();
                Files.delete(deployed);
                while (health.stateOf("online-consultations").isPresent()) {
                    Thread.sleep(5);
                }
                undeploys.add((System.nanoTime() - began) / 1_000_000);
                Thread.sleep(hold);
            }
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            System.out.printf("%d deploy/undeploy cycles, %d client threads in one session, %d ms in each state%n",
                    cycles, threads, hold);
            new java.util.TreeMap<>(answers).forEach((key, count) -> System.out.printf("  %s: %d%n", key, count.sum()));
            System.out.println("deploy (jar moved in -> ACTIVE): " + stats(deploys));
            System.out.println("undeploy (jar deleted -> gone): " + stats(undeploys));
            long unexpected = answers.entrySet().stream().filter(e -> !e.getKey().equals("appointments 200")
                    && !e.getKey().equals("online-consultations/form 200")
                    && !e.getKey().equals("online-consultations/form 404")).mapToLong(e -> e.getValue().sum()).sum();
            System.out.println("unexpected answers (errors): " + unexpected);
        } finally {
            System.clearProperty(PracticeTime.START_PROPERTY);
        }
    }

    private static String stats(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("median %d ms, p90 %d ms, max %d ms (n = %d)", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.9))),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    private static JsonNode post(HttpClient http, String uri, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json").header("Authorization", DemoLetters.APP_AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
