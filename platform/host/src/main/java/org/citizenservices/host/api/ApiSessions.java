package org.citizenservices.host.api;

import org.citizenservices.core.service.SignedInCitizen;
import org.citizenservices.core.vua.AccessIdentity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The patient API's bearer sessions, in memory: a random token (kept only as its hash) bound to the app's account
 * linkage and to the patient links handed out when it was opened. Idle for 20 minutes → gone. A host restart ends
 * every session; apps open a new one with their access identity.
 */
final class ApiSessions {

    static final Duration IDLE = Duration.ofMinutes(20);

    private final Clock clock;
    private final Map<String, Session> byTokenHash = new ConcurrentHashMap<>();

    ApiSessions(Clock clock) {
        this.clock = clock;
    }

    /** One session: the citizen as the app acts for them and their patient links (id → patient). */
    static final class Session {
        private final SignedInCitizen citizen;
        private final Map<String, Long> patientLinks;
        private volatile Instant lastUsed;
        /** The core's revision at which the linkage was last found current; -1 until then. */
        private volatile long currentAtRevision = -1;

        private Session(SignedInCitizen citizen, Map<String, Long> patientLinks, Instant now) {
            this.citizen = citizen;
            this.patientLinks = Map.copyOf(patientLinks);
            this.lastUsed = now;
        }

        SignedInCitizen citizen() {
            return citizen;
        }

        Optional<Long> patient(String patientLinkId) {
            return Optional.ofNullable(patientLinks.get(patientLinkId));
        }

        Instant expiresAt() {
            return lastUsed.plus(IDLE);
        }

        /**
         * Whether the app's linkage is still live and the account not suspended. Both change only through a core
         * write, which moves the revision on, so the database is asked again only after one.
         */
        boolean isCurrent(long revision, Predicate<SignedInCitizen> check) {
            if (currentAtRevision == revision) {
                return true;
            }
            if (!check.test(citizen)) {
                return false;
            }
            currentAtRevision = revision;
            return true;
        }
    }

    record Opened(String token, Session session) {
    }

    Opened open(SignedInCitizen citizen, Map<String, Long> patientLinks) {
        String token = AccessIdentity.generate();
        Session session = new Session(citizen, patientLinks, clock.instant());
        byTokenHash.put(AccessIdentity.hash(token), session);
        return new Opened(token, session);
    }

    /** The live session of a bearer token, its idle clock restarted; empty when unknown or expired. */
    Optional<Session> use(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = AccessIdentity.hash(token);
        Session session = byTokenHash.get(hash);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.expiresAt())) {
            byTokenHash.remove(hash, session);
            return Optional.empty();
        }
        session.lastUsed = now;
        return Optional.of(session);
    }

    void end(String token) {
        byTokenHash.remove(AccessIdentity.hash(token));
    }

    /** Ends the sessions of an account whose linkage is no longer current (key reset, app disconnected). */
    void revoke(long vuaId, Predicate<SignedInCitizen> stillCurrent) {
        byTokenHash.values().removeIf(s -> s.citizen.vuaId() == vuaId && !stillCurrent.test(s.citizen));
    }

    void sweep() {
        Instant now = clock.instant();
        byTokenHash.values().removeIf(s -> now.isAfter(s.expiresAt()));
    }

    int size() {
        return byTokenHash.size();
    }
}
