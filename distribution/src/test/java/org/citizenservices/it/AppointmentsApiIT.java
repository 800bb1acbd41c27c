package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoApps;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.it.support.Health;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls.Answer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The appointments routes of the patient API on the real host with the demo practice: booking for self and as a
 * proxy, the slot leaving the list, cancelling, the refusals and their statuses, and the two races — sixteen
 * bookings of one slot, and one patient's parallel bookings against the practice's maximum.
 */
class AppointmentsApiIT {

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModule("appointments", Layout.appointmentsJar())
            .credentialAttemptsPerMinute(100_000);
    static final DemoApps apps = demo.apps();

    /** Free slots at least two days ahead, so the cut-off never stands in the way of cancelling them. */
    static List<JsonNode> freeSlots(String token, String link) throws Exception {
        LocalDate from = LocalDate.now().plusDays(2);
        Answer answer = apps.call("GET", "/patients/" + link + "/appointment-slots?from=" + from + "&to="
                + from.plusDays(10), token, null);
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> slots = new ArrayList<>();
        answer.body().get("slots").forEach(slots::add);
        assertThat(slots).isNotEmpty();
        return slots;
    }

    static Answer book(String token, String link, String slotId) throws Exception {
        return apps.call("POST", "/patients/" + link + "/appointments", token, "{\"slotId\":\"" + slotId
                + "\",\"reason\":\"Cough for three weeks\"}");
    }

    static long patientId(String nhs) {
        return demo.host().core().patients().demoPatientId(nhs).orElseThrow();
    }

    @Test
    void janeBooksForSam_itIsHisNotHers_theSlotLeavesTheList_andCancellingGivesItBack() throws Exception {
        String slotId = freeSlots(apps.janeToken(), apps.sam()).get(0).get("slotId").asText();

        Answer booked = book(apps.janeToken(), apps.sam(), slotId);

        assertThat(booked.status()).as(booked.raw().body()).isEqualTo(201);
        assertThat(booked.body().get("status").asText()).isEqualTo("BOOKED");
        assertThat(booked.body().get("reason").asText()).isEqualTo("Cough for three weeks");
        assertThat(booked.body().get("slot").get("slotId").asText()).isEqualTo(slotId);
        assertThat(OffsetDateTime.parse(booked.body().get("bookedAt").asText())).isBefore(OffsetDateTime.now().plusMinutes(1));
        String appointmentId = booked.body().get("appointmentId").asText();
        assertThat(freeSlots(apps.janeToken(), apps.sam())).noneMatch(s -> s.get("slotId").asText().equals(slotId));
        assertThat(apps.call("GET", "/patients/" + apps.sam() + "/appointments", apps.janeToken(),
                null).body().get("appointments"))
                .anyMatch(a -> a.get("appointmentId").asText().equals(appointmentId));
        assertThat(apps.call("GET", "/patients/" + apps.jane() + "/appointments", apps.janeToken(),
                null).body().get("appointments"))
                .noneMatch(a -> a.get("appointmentId").asText().equals(appointmentId));
        assertThat(book(apps.janeToken(), apps.jane(), slotId).status()).as("the slot is gone").isEqualTo(409);
        assertThat(demo.host().core().audit().forPatient(patientId("9990000026"), 20))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("APPOINTMENT_BOOKED");
                    assertThat(e.actingAs()).isEqualTo(ActingAs.PROXY);
                    assertThat(e.detail()).contains(appointmentId);
                });
        assertThat(demo.host().core().audit().forPatient(patientId("9990000026"), 20))
                .as("one booking, one audit event: the request is not audited again beside APPOINTMENT_BOOKED")
                .noneMatch(e -> e.action().equals("APPOINTMENT_BOOKING_REQUESTED"));

        assertThat(apps.call("DELETE", "/patients/" + apps.jane() + "/appointments/" + appointmentId, apps.janeToken(),
                null).status())
                .as("not Jane's own appointment").isEqualTo(404);
        assertThat(apps.call("DELETE", "/patients/" + apps.sam() + "/appointments/" + appointmentId, apps.janeToken(),
                "{\"reason\":\"He is better\"}").status()).isEqualTo(204);
        assertThat(apps.call("DELETE", "/patients/" + apps.sam() + "/appointments/" + appointmentId, apps.janeToken(),
                null).status())
                .as("already cancelled").isEqualTo(409);
        assertThat(freeSlots(apps.janeToken(), apps.sam())).anyMatch(s -> s.get("slotId").asText().equals(slotId));
        assertThat(apps.call("GET", "/patients/" + apps.sam() + "/appointments?includePast=true", apps.janeToken(),
                null).body()
                .get("appointments")).anySatisfy(a -> {
                    assertThat(a.get("appointmentId").asText()).isEqualTo(appointmentId);
                    assertThat(a.get("status").asText()).isEqualTo("CANCELLED");
                });
        assertThat(apps.call("GET", "/patients/" + apps.sam() + "/appointments", apps.janeToken(),
                null).body().get("appointments"))
                .as("upcoming only").noneMatch(a -> a.get("appointmentId").asText().equals(appointmentId));
    }

    @Test
    void sixteenParallelBookingsOfOneSlot_exactlyOneIsBooked() throws Exception {
        String slotId = freeSlots(apps.janeToken(), apps.jane()).get(3).get("slotId").asText();
        String[][] callers = {{apps.janeToken(), apps.jane()}, {apps.janeToken(), apps.sam()}, {apps.carolToken(),
                apps.arthur()}};
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                String[] caller = callers[i % callers.length];
                answers.add(pool.submit(() -> {
                    go.await();
                    return book(caller[0], caller[1], slotId);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (int i = 0; i < answers.size(); i++) {
                Answer answer = answers.get(i).get();
                statuses.add(answer.status());
                if (answer.status() == 201) {
                    winner = "/patients/" + callers[i % callers.length][1] + "/appointments/"
                            + answer.body().get("appointmentId").asText() + "|" + callers[i % callers.length][0];
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
            String[] cancel = winner.split("\\|");
            assertThat(apps.call("DELETE", cancel[0], cancel[1], null).status()).isEqualTo(204);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoParallelCancellationsOfOneAppointment_oneCancelsIt_theOtherIsTold() throws Exception {
        String slotId = freeSlots(apps.janeToken(), apps.jane()).get(9).get("slotId").asText();
        String id = book(apps.janeToken(), apps.jane(), slotId).body().get("appointmentId").asText();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return apps.call("DELETE", "/patients/" + apps.jane() + "/appointments/" + id, apps.janeToken(),
                            null);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdownNow();
        }
        Answer again = book(apps.carolToken(), apps.arthur(), slotId);
        assertThat(again.status()).as("the slot is free once").isEqualTo(201);
        assertThat(book(apps.janeToken(), apps.sam(), slotId).status()).isEqualTo(409);
        assertThat(apps.call("DELETE", "/patients/" + apps.arthur() + "/appointments/"
                + again.body().get("appointmentId")
                .asText(), apps.carolToken(), null).status()).isEqualTo(204);
    }

    static Answer reschedule(String token, String link, String appointmentId, String slotId) throws Exception {
        return apps.call("POST", "/patients/" + link + "/appointments/" + appointmentId + "/reschedule", token,
                "{\"slotId\":\"" + slotId + "\"}");
    }

    static List<String> upcomingIds(String token, String link) throws Exception {
        List<String> ids = new ArrayList<>();
        apps.call("GET", "/patients/" + link + "/appointments", token, null).body().get("appointments")
                .forEach(a -> ids.add(a.get("appointmentId").asText()));
        return ids;
    }

    @Test
    void threePatientsMovingToOneSlotAtOnce_exactlyOneMoves_andTheOthersKeepTheirBookings() throws Exception {
        List<JsonNode> slots = freeSlots(apps.janeToken(), apps.jane());
        String[][] callers = {{apps.janeToken(), apps.jane()}, {apps.janeToken(), apps.sam()}, {apps.carolToken(),
                apps.arthur()}};
        List<String> held = new ArrayList<>();
        List<String> booked = new ArrayList<>();
        for (int i = 0; i < callers.length; i++) {
            held.add(slots.get(11 + i * 2).get("slotId").asText());
            Answer answer = book(callers[i][0], callers[i][1], held.get(i));
            assertThat(answer.status()).as(answer.detail()).isEqualTo(201);
            booked.add(answer.body().get("appointmentId").asText());
        }
        String target = slots.get(20).get("slotId").asText();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                int who = i % callers.length;
                answers.add(pool.submit(() -> {
                    go.await();
                    return reschedule(callers[who][0], callers[who][1], booked.get(who), target);
                }));
            }
            go.countDown();
            int winner = -1;
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Answer answer = answers.get(i).get();
                statuses.add(answer.status());
                if (answer.status() == 201) {
                    winner = i % callers.length;
                    assertThat(answer.body().get("slot").get("slotId").asText()).isEqualTo(target);
                    assertThat(answer.body().get("reason").asText()).isEqualTo("Cough for three weeks");
                    booked.set(winner, answer.body().get("appointmentId").asText());
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
            List<String> free = new ArrayList<>();
            freeSlots(apps.janeToken(), apps.jane()).forEach(s -> free.add(s.get("slotId").asText()));
            for (int i = 0; i < callers.length; i++) {
                // the winner's old slot is free again; each loser's booking and slot are as they were
                assertThat(upcomingIds(callers[i][0], callers[i][1])).contains(booked.get(i));
                assertThat(free.contains(held.get(i))).as("slot of caller " + i).isEqualTo(i == winner);
            }
            assertThat(free).doesNotContain(target);
        } finally {
            pool.shutdownNow();
            for (int i = 0; i < callers.length; i++) {
                apps.call("DELETE", "/patients/" + callers[i][1] + "/appointments/" + booked.get(i), callers[i][0],
                        null);
            }
        }
    }

    @Test
    void anAppointmentsCalendarFile_addsItAndOnceCancelledTakesItAway() throws Exception {
        String slotId = freeSlots(apps.janeToken(), apps.jane()).get(5).get("slotId").asText();
        String id = book(apps.janeToken(), apps.jane(), slotId).body().get("appointmentId").asText();
        String path = "/patients/" + apps.jane() + "/appointments/" + id + "/calendar.ics";

        Answer file = apps.call("GET", path, apps.janeToken(), null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(file.raw().body()).startsWith("BEGIN:VCALENDAR").contains("METHOD:PUBLISH", "STATUS:CONFIRMED",
                "UID:appointment-" + id + "@Y99999").doesNotContain("Cough");
        assertThat(apps.call("GET", "/patients/" + apps.sam() + "/appointments/" + id + "/calendar.ics",
                apps.janeToken(), null).status()).as("not Sam's").isEqualTo(404);

        assertThat(apps.call("DELETE", "/patients/" + apps.jane() + "/appointments/" + id, apps.janeToken(),
                null).status()).isEqualTo(204);
        assertThat(apps.call("GET", path, apps.janeToken(), null).raw().body()).contains("METHOD:CANCEL",
                "STATUS:CANCELLED", "UID:appointment-" + id + "@Y99999");
    }

    @Test
    void theMaximumOfFutureAppointmentsHoldsUnderParallelBookings() throws Exception {
        List<JsonNode> slots = freeSlots(apps.carolToken(), apps.arthur());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Callable<Answer>> bookings = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String slotId = slots.get(i * 2).get("slotId").asText();
                bookings.add(() -> {
                    go.await();
                    return book(apps.carolToken(), apps.arthur(), slotId);
                });
            }
            List<Future<Answer>> answers = new ArrayList<>();
            bookings.forEach(b -> answers.add(pool.submit(b)));
            go.countDown();
            List<Answer> results = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                results.add(answer.get());
            }
            assertThat(results).filteredOn(a -> a.status() == 201).as("the demo practice allows two").hasSize(2);
            assertThat(results).filteredOn(a -> a.status() == 422).hasSize(6)
                    .allSatisfy(a -> assertThat(a.detail()).contains("upcoming appointments"));
            for (Answer booked : results) {
                if (booked.status() == 201) {
                    assertThat(apps.call("DELETE", "/patients/" + apps.arthur() + "/appointments/"
                            + booked.body().get("appointmentId").asText(), apps.carolToken(),
                                    null).status()).isEqualTo(204);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void metaGivesTheFiltersAndRules_andFiltersNarrowTheSlots() throws Exception {
        JsonNode meta = apps.call("GET", "/patients/" + apps.jane() + "/appointment-slots/meta", apps.janeToken(),
                null).body();
        assertThat(meta.get("clinicians")).hasSize(3);
        assertThat(meta.get("bookingWindow").get("days").asInt()).isEqualTo(28);
        assertThat(meta.get("maxFutureAppointments").asInt()).isEqualTo(2);
        assertThat(meta.get("cancellationCutOffHours").asInt()).isEqualTo(24);
        assertThat(meta.get("slotTypes")).extracting(JsonNode::asText).contains("Nurse appointment");

        String nurse = null;
        for (JsonNode c : meta.get("clinicians")) {
            if (c.get("name").asText().startsWith("Nurse")) {
                nurse = c.get("id").asText();
            }
        }
        LocalDate from = LocalDate.now().plusDays(1);
        JsonNode nurseSlots = apps.call("GET", "/patients/" + apps.jane() + "/appointment-slots?from=" + from + "&to="
                + from.plusDays(7) + "&clinicianId=" + nurse, apps.janeToken(), null).body().get("slots");
        assertThat(nurseSlots).isNotEmpty().allSatisfy(s -> assertThat(s.get("clinician").get("id").asText())
                .isEqualTo(nurseSlots.get(0).get("clinician").get("id").asText()));
        JsonNode phone = apps.call("GET", "/patients/" + apps.jane() + "/appointment-slots?from=" + from + "&to="
                + from.plusDays(7) + "&mode=TELEPHONE", apps.janeToken(), null).body().get("slots");
        assertThat(phone).isNotEmpty().allSatisfy(s -> assertThat(s.get("mode").asText()).isEqualTo("TELEPHONE"));
        JsonNode beyond = apps.call("GET", "/patients/" + apps.jane() + "/appointment-slots?from="
                + LocalDate.now().plusDays(29)
                + "&to=" + LocalDate.now().plusDays(40), apps.janeToken(), null).body().get("slots");
        assertThat(beyond).as("outside the booking window").isEmpty();
    }

    @Test
    void badInputIsA4xxWithAProblemDocument_andNothingIsBooked() throws Exception {
        String path = "/patients/" + apps.jane() + "/appointments";
        int before = apps.call("GET", path + "?includePast=true", apps.janeToken(),
                null).body().get("appointments").size();

        assertThat(apps.call("POST", path, apps.janeToken(), "{}").status()).isEqualTo(400);
        assertThat(apps.call("POST", path, apps.janeToken(), "{\"slotId\": 12}").status()).isEqualTo(400);
        assertThat(apps.call("POST", path, apps.janeToken(), "{\"slotId\":\"abc\"}").status()).isEqualTo(404);
        assertThat(apps.call("POST", path, apps.janeToken(), "{\"slotId\":\"999999999\"}").status()).isEqualTo(404);
        String slotId = freeSlots(apps.janeToken(), apps.jane()).get(5).get("slotId").asText();
        assertThat(apps.call("POST", path, apps.janeToken(), "{\"slotId\":\"" + slotId + "\",\"reason\":\""
                + "x".repeat(501)
                + "\"}").detail()).contains("at most 500");
        assertThat(apps.call("POST", path, apps.janeToken(), "{\"slotId\":\"" + slotId
                + "\",\"telephoneNumber\":\"call me\"}")
                .status()).isEqualTo(400);
        assertThat(apps.call("DELETE", path + "/nope", apps.janeToken(), null).status()).isEqualTo(404);
        assertThat(apps.call("DELETE", path + "/424242", apps.janeToken(), null).status()).isEqualTo(404);
        assertThat(apps.call("DELETE", path + "/1", apps.janeToken(), "{\"reason\": 5}").status()).isEqualTo(400);
        assertThat(apps.call("GET", path + "?includePast=perhaps", apps.janeToken(), null).status()).isEqualTo(400);
        assertThat(apps.call("GET", "/patients/" + apps.jane() + "/appointment-slots?mode=CARRIER_PIGEON",
                apps.janeToken(), null)
                .status()).isEqualTo(400);

        assertThat(apps.call("GET", path + "?includePast=true", apps.janeToken(),
                null).body().get("appointments")).hasSize(before);
        assertThat(freeSlots(apps.janeToken(), apps.jane())).anyMatch(s -> s.get("slotId").asText().equals(slotId));
    }

    @Test
    void aProxyWhoseAssociationDoesNotRegisterAppointments_cannotSeeOrBookThem() throws Exception {
        var core = demo.host().core();
        var manager = core.staffSignIn().signIn("manager", "Practice-Demo-2026!");
        long samId = patientId("9990000026");
        var association = core.associations().associationsForPatient(manager, samId).stream()
                .filter(a -> a.type() == org.citizenservices.core.api.vua.AssociationType.PROXY
                        && a.isLiveOn(LocalDate.now())).findFirst().orElseThrow();
        java.util.Set<org.citizenservices.spi.CitizenService> registered = java.util.Set.copyOf(association.services());
        String slotId = freeSlots(apps.janeToken(), apps.sam()).get(1).get("slotId").asText();
        java.util.Set<org.citizenservices.spi.CitizenService> without = new java.util.HashSet<>(registered);
        without.remove(org.citizenservices.spi.CitizenService.APPOINTMENTS);
        core.associations().changeServices(manager, association.id(), without);
        try {
            assertThat(apps.call("GET", "/patients/" + apps.sam() + "/appointment-slots", apps.janeToken(),
                    null).status())
                    .isEqualTo(403);
            assertThat(book(apps.janeToken(), apps.sam(), slotId).status()).isEqualTo(403);
            assertThat(apps.call("GET", "/patients/" + apps.sam() + "/appointments", apps.janeToken(),
                    null).status()).isEqualTo(403);
            assertThat(apps.call("GET", "/patients/" + apps.jane() + "/appointments", apps.janeToken(), null).status())
                    .as("her own appointments are hers to manage").isEqualTo(200);
        } finally {
            core.associations().changeServices(manager, association.id(), registered);
        }
        assertThat(freeSlots(apps.janeToken(), apps.sam())).anyMatch(s -> s.get("slotId").asText().equals(slotId));
    }

    @Test
    void pastAppointmentsOfTheDemoAreThere_forSamAsSeenByHisMother() throws Exception {
        JsonNode all = apps.call("GET", "/patients/" + apps.sam() + "/appointments?includePast=true", apps.janeToken(),
                null).body()
                .get("appointments");
        assertThat(all).extracting(a -> a.get("status").asText()).contains("ATTENDED", "DID_NOT_ATTEND");
    }

    @Test
    void removingTheModuleKeepsTheBookings_andRedeployingShowsThemAgain() throws Exception {
        String slotId = freeSlots(apps.janeToken(), apps.jane()).get(7).get("slotId").asText();
        Answer booked = book(apps.janeToken(), apps.jane(), slotId);
        assertThat(booked.status()).isEqualTo(201);
        String id = booked.body().get("appointmentId").asText();
        Health health = demo.health();
        Path jar = demo.deployed("appointments");
        Path aside = demo.dir().resolve("aside.jar");
        Files.move(jar, aside);
        await().atMost(Duration.ofSeconds(30)).until(() -> health.stateOf("appointments").isEmpty());
        assertThat(apps.call("GET", "/patients/" + apps.jane() + "/appointments", apps.janeToken(),
                null).status()).isEqualTo(404);

        Files.move(aside, jar);
        await().atMost(Duration.ofSeconds(30)).until(() -> health.stateOf("appointments").orElse("").equals("ACTIVE"));
        assertThat(apps.call("GET", "/patients/" + apps.jane() + "/appointments", apps.janeToken(),
                null).body().get("appointments"))
                .anyMatch(a -> a.get("appointmentId").asText().equals(id));
        assertThat(apps.call("DELETE", "/patients/" + apps.jane() + "/appointments/" + id, apps.janeToken(),
                null).status()).isEqualTo(204);
    }

    @Test
    void aCancelledSlot_isHeldForThePatientWaitingForAnEarlierOne_nobodyElseGetsIt_andTakingItMovesTheirBooking()
            throws Exception {
        List<JsonNode> slots = freeSlots(apps.janeToken(), apps.jane());
        JsonNode early = slots.get(12);
        JsonNode late = slots.stream().filter(s -> s.get("type").equals(early.get("type"))
                        && s.get("mode").equals(early.get("mode"))).reduce((first, last) -> last).orElseThrow();
        assertThat(late.get("start").asText()).isGreaterThan(early.get("start").asText());
        String janes = book(apps.janeToken(), apps.jane(), late.get("slotId").asText()).body().get("appointmentId")
                .asText();
        String path = "/patients/" + apps.jane() + "/appointments/" + janes + "/earlier-slot";
        Answer asked = apps.call("POST", path, apps.janeToken(), null);
        assertThat(asked.status()).as(asked.detail()).isEqualTo(201);
        assertThat(asked.body().get("status").asText()).isEqualTo("WAITING");
        assertThat(apps.call("POST", path, apps.janeToken(), null).status()).as("once").isEqualTo(409);

        String arthurs = book(apps.carolToken(), apps.arthur(), early.get("slotId").asText()).body()
                .get("appointmentId").asText();
        assertThat(apps.call("DELETE", "/patients/" + apps.arthur() + "/appointments/" + arthurs,
                apps.carolToken(), null).status()).isEqualTo(204);

        JsonNode waiting = apps.call("GET", "/patients/" + apps.jane() + "/earlier-slot-requests", apps.janeToken(),
                null).body().get("requests");
        assertThat(waiting).singleElement().satisfies(r -> {
            assertThat(r.get("status").asText()).isEqualTo("OFFERED");
            assertThat(OffsetDateTime.parse(r.get("offer").get("start").asText()))
                    .isEqualTo(OffsetDateTime.parse(early.get("start").asText()));
            assertThat(r.get("offer").get("expiresAt").asText()).isNotBlank();
        });
        assertThat(book(apps.janeToken(), apps.sam(), early.get("slotId").asText()).status())
                .as("held for Jane: nobody else books it").isEqualTo(409);
        assertThat(apps.call("POST", "/patients/" + apps.sam() + "/appointments/" + janes + "/earlier-slot/accept",
                apps.janeToken(), null).status()).as("not Sam's appointment").isEqualTo(404);

        Answer taken = apps.call("POST", path + "/accept", apps.janeToken(), null);
        assertThat(taken.status()).as(taken.detail()).isEqualTo(201);
        assertThat(taken.body().get("slot").get("slotId").asText()).isEqualTo(early.get("slotId").asText());
        assertThat(apps.call("GET", "/patients/" + apps.jane() + "/earlier-slot-requests", apps.janeToken(), null)
                .body().get("requests")).isEmpty();
        assertThat(freeSlots(apps.janeToken(), apps.jane())).as("her old slot is free again")
                .anyMatch(s -> s.get("slotId").asText().equals(late.get("slotId").asText()));
        assertThat(apps.call("DELETE", "/patients/" + apps.jane() + "/appointments/"
                + taken.body().get("appointmentId").asText(), apps.janeToken(), null).status()).isEqualTo(204);
    }
}
