package org.citizenservices.host.api;

import org.citizenservices.core.api.vua.SignedInCitizen;
import jakarta.persistence.EntityManagerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The sessions of nodes that share a database, in the host's {@code API_SESSION} table ({@link ApiSessionTable}): a
 * session opened through one node is served by any, and ended (or revoked) for all at once. Every call reads its
 * session's row by the token's hash; the last-used time is written back at most every {@link #TOUCH_EVERY}, so a busy
 * session costs a read, not a write, per call — the idle limit is kept to within that much.
 *
 * <p>The node keeps the sessions it has seen in memory only to remember when their linkage was last found current
 * (see {@link Session#isCurrent}); whether a session still exists is always the row's word.
 */
final class SharedApiSessions implements ApiSessions {

    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    private final ApiSessionTable table;
    private final Clock clock;
    private final Map<String, Session> seen = new ConcurrentHashMap<>();

    SharedApiSessions(Supplier<EntityManagerFactory> hostTables, Clock clock) {
        this.table = new ApiSessionTable(hostTables);
        this.clock = clock;
    }

    @Override
    public Session keep(String hash, SignedInCitizen citizen, Map<String, Long> patientLinks) {
        Instant now = clock.instant();
        table.insert(hash, citizen, patientLinks, now);
        Session session = new Session(citizen, patientLinks, now);
        remember(hash, session);
        return session;
    }

    @Override
    public Optional<Session> useHashed(String hash) {
        Optional<ApiSessionTable.Row> row = table.find(hash);
        if (row.isEmpty()) {
            seen.remove(hash);
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant lastUsed = row.get().lastUsed();
        if (now.isAfter(lastUsed.plus(IDLE))) {
            endHashed(hash);
            return Optional.empty();
        }
        Session session = seen.get(hash);
        if (session == null) {
            session = new Session(row.get().citizen(), row.get().patientLinks(), lastUsed);
            remember(hash, session);
        }
        if (Duration.between(lastUsed, now).compareTo(TOUCH_EVERY) >= 0) {
            table.touch(hash, now);
            lastUsed = now;
        }
        session.usedAt(lastUsed);
        return Optional.of(session);
    }

    @Override
    public void endHashed(String hash) {
        seen.remove(hash);
        table.delete(List.of(hash));
    }

    @Override
    public void revoke(long vuaId, Predicate<SignedInCitizen> stillCurrent) {
        List<String> ended = table.ofAccount(vuaId).entrySet().stream()
                .filter(session -> !stillCurrent.test(session.getValue())).map(Map.Entry::getKey).toList();
        ended.forEach(seen::remove);
        table.delete(ended);
    }

    @Override
    public void sweep() {
        Instant now = clock.instant();
        table.deleteUnusedSince(now.minus(IDLE));
        seen.values().removeIf(s -> now.isAfter(s.expiresAt()));
    }

    private void remember(String hash, Session session) {
        if (seen.size() > MAX_REMEMBERED) {
            seen.clear();
        }
        seen.put(hash, session);
    }
}
