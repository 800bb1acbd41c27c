package org.citizenservices.host.portal.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.audit.ActingAs;
import org.citizenservices.core.api.audit.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.SignInFailedException;
import org.citizenservices.host.api.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Limits portal sign-in and account set-up per client address with the patient API's token buckets (a burst, then a
 * steady rate per minute), so one address cannot walk through usernames or registration letters whatever the
 * per-account pauses allow. Over the limit nothing is checked; the refusal is audited.
 */
public final class SignInThrottle {

    public static final String TOO_MANY = "Too many attempts from your network. Wait a minute and try again.";
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    /** What is being tried, for the audit trail. */
    public enum Attempt {
        CITIZEN_SIGN_IN("citizen sign-in", ActingAs.CITIZEN, Actor.CITIZEN_PORTAL),
        STAFF_SIGN_IN("staff sign-in", ActingAs.STAFF, Actor.STAFF_PORTAL),
        ACCOUNT_SET_UP("online account set-up", ActingAs.CITIZEN, Actor.CITIZEN_PORTAL);

        private final String words;
        private final ActingAs actingAs;
        private final String source;

        Attempt(String words, ActingAs actingAs, String source) {
            this.words = words;
            this.actingAs = actingAs;
            this.source = source;
        }
    }

    private final RateLimiter limiter;
    private final Supplier<Core> core;

    public SignInThrottle(RateLimiter limiter, Supplier<Core> core) {
        this.limiter = limiter;
        this.core = core;
    }

    /** {@code perMinute} attempts per address after a burst; in the database when nodes share it (as the API does). */
    public static SignInThrottle create(int perMinute, boolean sharedDatabase, Supplier<Core> core, Clock clock) {
        return new SignInThrottle(RateLimiter.forNodes(RateLimiter.Rate.perMinute(perMinute), sharedDatabase,
                () -> core.get().transactions(), clock), core);
    }

    /**
     * Lets the attempt go ahead, or refuses it with {@link #TOO_MANY} (a {@link SignInFailedException}, which the
     * pages show like any refusal) when this address is over its limit.
     */
    public void admit(Attempt attempt) {
        admit(attempt, clientAddress());
    }

    void admit(Attempt attempt, String address) {
        // a key of its own: the portal's attempts do not use up the address's patient-API budget, nor the reverse
        if (limiter.tryAcquire("portal " + address)) {
            return;
        }
        LOG.info("Refused a {} from {}: too many attempts from the address", attempt.words, address);
        core.get().audit().entry(new Actor("client at " + address, attempt.actingAs, null, attempt.source),
                AuditAction.SIGN_IN_THROTTLED).detail(attempt.words + " refused unchecked: too many attempts from "
                + address).now(Outcome.DENIED);
        throw new SignInFailedException(TOO_MANY);
    }

    /** Forgets addresses quiet for ten minutes. */
    public void sweep() {
        limiter.sweep();
    }

    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getBrowser() != null && session.getBrowser().getAddress() != null) {
            return session.getBrowser().getAddress();
        }
        return "unknown";
    }
}
