package org.citizenservices.host.api;

import org.citizenservices.core.api.vua.AccessIdentity;
import org.citizenservices.core.api.vua.SignedInCitizen;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The patient API's bearer sessions: a random token (kept only as its hash) bound to the app's account linkage and
 * to the patient links handed out when it was opened. Idle for 20 minutes → gone. On one node they live in memory
 * ({@link LocalApiSessions}); when nodes share the database they live in it ({@link SharedApiSessions}), so any node
 * serves any call and a session ended on one node is ended on all. Tokens are made and hashed here, once; where the
 * sessions are kept is told only hashes.
 */
interface ApiSessions {

    Duration IDLE = Duration.ofMinutes(20);

    default Opened open(SignedInCitizen citizen, Map<String, Long> patientLinks) {
        String token = AccessIdentity.generate();
        return new Opened(token, keep(AccessIdentity.hash(token), citizen, patientLinks));
    }

    /** The live session of a bearer token, its idle clock restarted; empty when unknown, ended or expired. */
    default Optional<Session> use(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return useHashed(AccessIdentity.hash(token));
    }

    default void end(String token) {
        endHashed(AccessIdentity.hash(token));
    }

    /** Keeps a new session, used now, under its token's hash. */
    Session keep(String tokenHash, SignedInCitizen citizen, Map<String, Long> patientLinks);

    /** {@link #use(String)} for a token already hashed. */
    Optional<Session> useHashed(String tokenHash);

    void endHashed(String tokenHash);

    /** Ends the sessions of an account whose linkage is no longer current (key reset, app disconnected). */
    void revoke(long vuaId, Predicate<SignedInCitizen> stillCurrent);

    /** Forgets expired sessions; called every minute. */
    void sweep();

    record Opened(String token, Session session) {
    }

    /** One session: the citizen as the app acts for them and their patient links (id → patient). */
    final class Session {
        private final SignedInCitizen citizen;
        private final Map<String, Long> patientLinks;
        private volatile Instant lastUsed;
        /** The core's revision at which the linkage was last found current; -1 until then. */
        private volatile long currentAtRevision = -1;

        Session(SignedInCitizen citizen, Map<String, Long> patientLinks, Instant lastUsed) {
            this.citizen = citizen;
            this.patientLinks = Map.copyOf(patientLinks);
            this.lastUsed = lastUsed;
        }

        SignedInCitizen citizen() {
            return citizen;
        }

        Map<String, Long> patientLinks() {
            return patientLinks;
        }

        Optional<Long> patient(String patientLinkId) {
            return Optional.ofNullable(patientLinks.get(patientLinkId));
        }

        Instant lastUsed() {
            return lastUsed;
        }

        void usedAt(Instant now) {
            lastUsed = now;
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
}
