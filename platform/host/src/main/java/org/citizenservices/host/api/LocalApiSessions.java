package org.citizenservices.host.api;

import org.citizenservices.core.api.vua.SignedInCitizen;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The sessions of a node alone on its database, in memory. A host restart ends every session; apps open a new one
 * with their access identity.
 */
final class LocalApiSessions implements ApiSessions {

    private final Clock clock;
    private final Map<String, Session> byTokenHash = new ConcurrentHashMap<>();

    LocalApiSessions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Session keep(String hash, SignedInCitizen citizen, Map<String, Long> patientLinks) {
        Session session = new Session(citizen, patientLinks, clock.instant());
        byTokenHash.put(hash, session);
        return session;
    }

    @Override
    public Optional<Session> useHashed(String hash) {
        Session session = byTokenHash.get(hash);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.expiresAt())) {
            byTokenHash.remove(hash, session);
            return Optional.empty();
        }
        session.usedAt(now);
        return Optional.of(session);
    }

    @Override
    public void endHashed(String hash) {
        byTokenHash.remove(hash);
    }

    @Override
    public void revoke(long vuaId, Predicate<SignedInCitizen> stillCurrent) {
        byTokenHash.values().removeIf(s -> s.citizen().vuaId() == vuaId && !stillCurrent.test(s.citizen()));
    }

    @Override
    public void sweep() {
        Instant now = clock.instant();
        byTokenHash.values().removeIf(s -> now.isAfter(s.expiresAt()));
    }
}
