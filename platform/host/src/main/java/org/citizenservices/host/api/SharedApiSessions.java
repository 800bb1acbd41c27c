package org.citizenservices.host.api;

import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.SignedInCitizen;
import org.citizenservices.core.service.Transactions;
import org.citizenservices.core.api.vua.AccessIdentity;
import org.citizenservices.core.api.vua.LinkageKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The sessions of nodes that share a database, in the core's {@code API_SESSION} table: a session opened through one
 * node is served by any, and ended (or revoked) for all at once. Every call reads its session's row by the token's
 * hash; the last-used time is written back at most every {@link #TOUCH_EVERY}, so a busy session costs a read, not a
 * write, per call — the idle limit is kept to within that much.
 *
 * <p>The node keeps the sessions it has seen in memory only to remember when their linkage was last found current
 * (see {@link Session#isCurrent}); whether a session still exists is always the row's word.
 */
final class SharedApiSessions implements ApiSessions {

    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    private final Supplier<Transactions> transactions;
    private final Clock clock;
    private final Map<String, Session> seen = new ConcurrentHashMap<>();

    SharedApiSessions(Supplier<Transactions> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Opened open(SignedInCitizen citizen, Map<String, Long> patientLinks) {
        String token = AccessIdentity.generate();
        Instant now = clock.instant();
        transactions.get().writeBookkeeping(em -> em.createNativeQuery("INSERT INTO API_SESSION (TOKEN_HASH,"
                        + " VUA_ID, ACCOUNT_ID, PRACTICE_ID, LINKAGE_ID, DISPLAY_NAME, CHANNEL, APP_NAME, PATIENT_LINKS,"
                        + " LAST_USED_MILLIS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, AccessIdentity.hash(token))
                .setParameter(2, citizen.vuaId())
                .setParameter(3, citizen.accountId())
                .setParameter(4, citizen.practiceId())
                .setParameter(5, citizen.linkageId())
                .setParameter(6, citizen.displayName())
                .setParameter(7, citizen.channel().name())
                .setParameter(8, citizen.appName())
                .setParameter(9, encode(patientLinks))
                .setParameter(10, now.toEpochMilli())
                .executeUpdate());
        Session session = new Session(citizen, patientLinks, now);
        remember(AccessIdentity.hash(token), session);
        return new Opened(token, session);
    }

    @Override
    public Optional<Session> use(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = AccessIdentity.hash(token);
        Object[] row = transactions.get().read(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT LAST_USED_MILLIS, VUA_ID, ACCOUNT_ID, PRACTICE_ID,"
                            + " LINKAGE_ID, DISPLAY_NAME, CHANNEL, APP_NAME, PATIENT_LINKS FROM API_SESSION"
                            + " WHERE TOKEN_HASH = ?")
                    .setParameter(1, hash).getResultList();
            return rows.isEmpty() ? null : rows.get(0);
        });
        if (row == null) {
            seen.remove(hash);
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant lastUsed = Instant.ofEpochMilli(((Number) row[0]).longValue());
        if (now.isAfter(lastUsed.plus(IDLE))) {
            end(token);
            return Optional.empty();
        }
        Session session = seen.get(hash);
        if (session == null) {
            session = new Session(new SignedInCitizen(((Number) row[1]).longValue(), (String) row[2],
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), (String) row[5],
                    LinkageKind.valueOf((String) row[6]), (String) row[7]), decode((String) row[8]), lastUsed);
            remember(hash, session);
        }
        if (Duration.between(lastUsed, now).compareTo(TOUCH_EVERY) >= 0) {
            transactions.get().writeBookkeeping(em -> em.createNativeQuery(
                            "UPDATE API_SESSION SET LAST_USED_MILLIS = ? WHERE TOKEN_HASH = ?")
                    .setParameter(1, now.toEpochMilli()).setParameter(2, hash).executeUpdate());
            lastUsed = now;
        }
        session.usedAt(lastUsed);
        return Optional.of(session);
    }

    @Override
    public void end(String token) {
        String hash = AccessIdentity.hash(token);
        seen.remove(hash);
        transactions.get().writeBookkeeping(em -> delete(em, hash));
    }

    @Override
    public void revoke(long vuaId, Predicate<SignedInCitizen> stillCurrent) {
        List<String> ended = transactions.get().read(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT TOKEN_HASH, LINKAGE_ID, ACCOUNT_ID, PRACTICE_ID,"
                    + " DISPLAY_NAME, CHANNEL, APP_NAME FROM API_SESSION WHERE VUA_ID = ?")
                    .setParameter(1, vuaId).getResultList();
            return rows.stream().filter(row -> !stillCurrent.test(new SignedInCitizen(vuaId, (String) row[2],
                    ((Number) row[3]).longValue(), ((Number) row[1]).longValue(), (String) row[4],
                    LinkageKind.valueOf((String) row[5]), (String) row[6]))).map(row -> (String) row[0]).toList();
        });
        ended.forEach(seen::remove);
        if (!ended.isEmpty()) {
            transactions.get().writeBookkeeping(em -> ended.stream().mapToInt(hash -> delete(em, hash)).sum());
        }
    }

    @Override
    public void sweep() {
        long cutoff = clock.instant().minus(IDLE).toEpochMilli();
        transactions.get().writeBookkeeping(em -> em.createNativeQuery(
                "DELETE FROM API_SESSION WHERE LAST_USED_MILLIS < ?").setParameter(1, cutoff).executeUpdate());
        Instant now = clock.instant();
        seen.values().removeIf(s -> now.isAfter(s.expiresAt()));
    }

    private void remember(String hash, Session session) {
        if (seen.size() > MAX_REMEMBERED) {
            seen.clear();
        }
        seen.put(hash, session);
    }

    private static int delete(EntityManager em, String hash) {
        return em.createNativeQuery("DELETE FROM API_SESSION WHERE TOKEN_HASH = ?").setParameter(1, hash)
                .executeUpdate();
    }

    /** Patient link ids are URL-safe Base64, so neither separator can occur in them. */
    static String encode(Map<String, Long> patientLinks) {
        return patientLinks.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static Map<String, Long> decode(String encoded) {
        Map<String, Long> links = new LinkedHashMap<>();
        if (!encoded.isEmpty()) {
            for (String pair : encoded.split(";")) {
                int equals = pair.indexOf('=');
                links.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
            }
        }
        return links;
    }
}
