package org.citizenservices.host.modules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The host's first start activates the modules already in {@code deploy/} side by side, a thread for each (up to
 * {@value #THREADS}): their persistence units, demo data and starts are independent, and a module waiting — for the
 * core, which may still be seeding the demo, or for another's schema change — is another's time on the CPU. Later
 * deploys activate on FileInstall's thread, one at a time, as before.
 */
final class SideBySideStart {

    private static final Logger LOG = LoggerFactory.getLogger(SideBySideStart.class);

    static final int THREADS = 8;
    private final ExecutorService threads;
    private final List<CompletableFuture<Void>> activations = new CopyOnWriteArrayList<>();
    private final long began = System.nanoTime();

    SideBySideStart() {
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "module-start-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs one module's activation beside the others; it reports its own failure. */
    void submit(Runnable activation) {
        activations.add(CompletableFuture.runAsync(activation, threads));
    }

    /** Waits until every module submitted is active or failed, and ends the side-by-side start. */
    void await() {
        CompletableFuture.allOf(activations.toArray(CompletableFuture[]::new)).join();
        threads.shutdown();
        if (!activations.isEmpty()) {
            LOG.info("Start-up: {} module(s) activated side by side in {} ms", activations.size(),
                    (System.nanoTime() - began) / 1_000_000);
        }
    }
}
