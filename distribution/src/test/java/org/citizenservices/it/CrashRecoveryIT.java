package org.citizenservices.it;

import org.citizenservices.it.support.DemoLetters;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.PatientApiCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node killed with SIGKILL while it books and cancels appointments, then started again on the same data: every
 * write it acknowledged (a 201 booking, a 204 cancellation) is there after the restart — on embedded Derby (its
 * transaction log) and on PostgreSQL alike. Only a write whose answer the kill cut off may have gone either way.
 */
class CrashRecoveryIT {

    @TempDir
    Path dir;

    @Test
    void givenBookingsAndCancellationsInFlight_whenTheNodeIsKilledAndRestarted_thenEveryAcknowledgedWriteIsThere()
            throws Exception {
        Path data = dir.resolve("data");
        Map<String, Set<String>> booked = new ConcurrentHashMap<>();    // patient -> appointments acknowledged 201
        Map<String, Set<String>> cancelled = new ConcurrentHashMap<>(); // patient -> cancellations acknowledged 204
        Map<String, String> cancelling = new ConcurrentHashMap<>();     // patient -> cancellation sent, not answered
        AtomicInteger acknowledged = new AtomicInteger();
        List<String> patients = List.of("Jane Demo", "Sam Demo", "Lily Demo");
        String access;

        DistributionProcess node = DistributionProcess.startWithAppointments(dir, "CrashRecoveryIT-1");
        try {
            PatientApiCalls api = new PatientApiCalls(node.port());
            access = api.link(DemoLetters.JANE);
            JsonNode session = api.session(access);
            String token = session.get("sessionToken").asText();
            List<String> slots = freeSlots(api, session, token);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(patients.size());
            List<Future<?>> clients = new ArrayList<>();
            for (String name : patients) {
                String patient = PatientApiCalls.linkId(session, name);
                booked.put(name, ConcurrentHashMap.newKeySet());
                cancelled.put(name, ConcurrentHashMap.newKeySet());
                clients.add(pool.submit(() -> {
                    while (running.get()) {
                        try {
                            String slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
                            PatientApiCalls.Answer made = api.call("POST", "/patients/" + patient + "/appointments",
                                    token, "{\"slotId\":\"" + slot + "\",\"reason\":\"Crash test\"}");
                            if (made.status() != 201) {
                                continue;
                            }
                            String id = made.body().get("appointmentId").asText();
                            booked.get(name).add(id);
                            acknowledged.incrementAndGet();
                            cancelling.put(name, id);
                            if (api.call("DELETE", "/patients/" + patient + "/appointments/" + id, token, null)
                                    .status() == 204) {
                                cancelled.get(name).add(id);
                                acknowledged.incrementAndGet();
                            }
                            cancelling.remove(name);
                        } catch (java.io.IOException killed) {
                            return null;
                        }
                    }
                    return null;
                }));
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> acknowledged.get() >= 30);
            node.kill();
            running.set(false);
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        } finally {
            node.kill();
        }

        DistributionProcess restarted = DistributionProcess.startWithAppointments(dir, "CrashRecoveryIT-2");
        try {
            PatientApiCalls api = new PatientApiCalls(restarted.port());
            JsonNode session = api.session(access);
            for (String name : patients) {
                Set<String> stored = new HashSet<>();
                PatientApiCalls.Answer upcoming = api.call("GET", "/patients/" + PatientApiCalls.linkId(session, name)
                        + "/appointments", session.get("sessionToken").asText(), null);
                upcoming.body().get("appointments").forEach(a -> stored.add(a.get("appointmentId").asText()));
                Set<String> stillBooked = new HashSet<>(booked.get(name));
                stillBooked.removeAll(cancelled.get(name));
                // a cancellation the kill cut off may have been committed or not
                stillBooked.remove(cancelling.get(name));
                assertThat(stored).as(name + ": every acknowledged booking not acknowledged as cancelled")
                        .containsAll(stillBooked);
                assertThat(stored).as(name + ": no acknowledged cancellation undone")
                        .doesNotContainAnyElementsOf(cancelled.get(name));
                Set<String> unknown = new HashSet<>(stored);
                unknown.removeAll(booked.get(name));
                assertThat(unknown).as(name + ": at most the booking whose answer the kill cut off").hasSizeLessThan(2);
            }
        } finally {
            restarted.close();
        }
    }

    private static List<String> freeSlots(PatientApiCalls api, JsonNode session, String token) throws Exception {
        // past the 24-hour cancellation cut-off, so every booking may be cancelled again
        LocalDate from = LocalDate.now().plusDays(2);
        PatientApiCalls.Answer found = api.call("GET", "/patients/" + PatientApiCalls.linkId(session, "Jane Demo")
                + "/appointment-slots?from=" + from + "&to=" + from.plusDays(20), token, null);
        List<String> slots = new ArrayList<>();
        found.body().get("slots").forEach(slot -> slots.add(slot.get("slotId").asText()));
        assertThat(slots).hasSizeGreaterThan(10);
        return slots;
    }

}
