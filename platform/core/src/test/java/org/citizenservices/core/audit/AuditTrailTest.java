package org.citizenservices.core.audit;

import org.citizenservices.core.internal.audit.AuditEvent;
import org.citizenservices.core.internal.audit.AuditTrailService;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.support.CoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The trail's group commit: events written "now" from many threads at once are each written exactly once. */
class AuditTrailTest {

    @TempDir
    Path dir;

    @Test
    void concurrentEventsAreAllWrittenOnce_withTheirOwnDetails() throws Exception {
        int threads = 16;
        int each = 40;
        try (CoreFixture fixture = new CoreFixture(dir)) {
            AuditTrailService audit = fixture.audit();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Callable<Void>> writers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    long patient = 1000 + t;
                    writers.add(() -> {
                        for (int i = 0; i < each; i++) {
                            audit.entry(Actor.system(null), "GROUP_COMMIT_TEST").patient(patient)
                                    .account(i % 2 == 0 ? null : "ACC" + i).detail("event " + i).now(Outcome.SUCCESS);
                        }
                        return null;
                    });
                }
                for (Future<Void> done : pool.invokeAll(writers)) {
                    done.get();
                }
            } finally {
                pool.shutdown();
            }

            List<AuditEvent> written = audit.withAction("GROUP_COMMIT_TEST", threads * each + 10);
            assertThat(written).hasSize(threads * each);
            assertThat(audit.forPatient(1003, 100)).hasSize(each)
                    .extracting(AuditEvent::detail).containsOnlyOnce("event 0", "event 39");
            assertThat(audit.forPatient(1003, 100)).filteredOn(e -> e.accountId() != null).hasSize(each / 2)
                    .allSatisfy(e -> assertThat(e.actingAs()).isEqualTo(ActingAs.SYSTEM));
        }
    }
}
