package org.citizenservices.core.bench;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.internal.practice.PracticeServicesService;
import org.citizenservices.core.api.security.SecretHasher;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.PatientChoice;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.CitizenService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures what a signed-in page costs the core on a real Derby database with the demo practice and the production
 * Argon2id settings: hashing, sign-in, the access decision for a home page's tiles, the acting-for list, a staff
 * patient search. Run by {@code bench/core.sh}; prints one line per measure (wall clock, after warm-up).
 */
public final class CoreBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("core-bench");
        Database database = Database.open(dir.resolve("derby"));
        SecretHasher hasher = SecretHasher.recommended();
        Set<CitizenService> installed = Set.copyOf(PracticeServicesService.GUIDANCE_SERVICES);
        try (Core core = Core.open(new ModulePersistence(database), Clock.systemUTC(), hasher, () -> installed)) {
            long seed = System.nanoTime();
            core.seedDemoPeople().ifPresent(Runnable::run);
            System.out.printf("demo practice seeded (26 patients, 4 accounts, 3 portal set-ups): %d ms%n",
                    (System.nanoTime() - seed) / 1_000_000);

            report("Argon2id hash (m=19 MiB, t=2, p=1)", 30, () -> hasher.hash("Portal-Demo-2026!".toCharArray()));
            String stored = hasher.hash("Portal-Demo-2026!".toCharArray());
            report("Argon2id verify", 30, () -> hasher.verify("Portal-Demo-2026!".toCharArray(), stored));
            report("citizen sign-in (verify + lockout bookkeeping + audit)", 30,
                    () -> core.citizens().signIn("jane.demo", "Portal-Demo-2026!"));

            SignedInCitizen jane = core.citizens().signIn("jane.demo", "Portal-Demo-2026!");
            List<PatientChoice> actingFor = core.citizens().actingFor(jane);
            long sam = actingFor.stream().filter(a -> a.displayName().equals("Sam Demo")).findFirst().orElseThrow()
                    .patientId();
            report("acting-for list (patient switcher)", rounds, () -> core.citizens().actingFor(jane));
            report("access decision, one service", rounds, () -> core.access().decide(jane, sam, CitizenService.RECORD));
            report("available services for the home page (4 services)", rounds,
                    () -> core.access().availableServices(jane, sam, PracticeServicesService.GUIDANCE_SERVICES));
            report("session check (linkage still live)", rounds, () -> core.citizens().isCurrent(jane));
            StaffMember reception = core.staffSignIn().signIn("reception", "Practice-Demo-2026!");
            report("staff patient search by name", rounds / 4, () -> core.patients().search(reception, "Smi"));
            for (int threads : new int[] {1, 8, 32}) {
                auditThroughput(core, threads, rounds * 2 / threads);
            }
        } finally {
            database.close();
        }
    }

    /**
     * Audit events written "now" (durable before the call returns) from several threads at once, as API requests
     * do: what the group-commit writer sustains. A warm-up of a tenth first.
     */
    private static void auditThroughput(Core core, int threads, int each) throws Exception {
        Actor bench = new Actor("Bench", ActingAs.SYSTEM, null, "bench");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            for (int round : new int[] {Math.max(1, each / 10), each}) {
                List<java.util.concurrent.Callable<Void>> writers = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    long patient = 900_000 + t;
                    writers.add(() -> {
                        for (int i = 0; i < round; i++) {
                            core.audit().entry(bench, "BENCH_EVENT").patient(patient).detail("GET bench")
                                    .now(Outcome.SUCCESS);
                        }
                        return null;
                    });
                }
                long began = System.nanoTime();
                for (java.util.concurrent.Future<Void> done : pool.invokeAll(writers)) {
                    done.get();
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                if (round == each) {
                    System.out.printf("%-60s %8.0f events/s (n=%d)%n", "audit events written now, " + threads
                            + " threads", threads * round / seconds, threads * round);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String what, int rounds, Supplier<?> work) {
        for (int i = 0; i < Math.max(5, rounds / 10); i++) {
            work.get();
        }
        long[] micros = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long began = System.nanoTime();
            work.get();
            micros[i] = (System.nanoTime() - began) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("%-60s median %6.2f ms, p99 %6.2f ms (n=%d)%n", what, micros[rounds / 2] / 1000.0,
                micros[Math.min(rounds - 1, (int) (rounds * 0.99))] / 1000.0, rounds);
    }
}
