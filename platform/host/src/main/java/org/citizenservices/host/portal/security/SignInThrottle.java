package org.citizenservices.host.portal.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.citizenservices.core.Core;
import org.citizenservices.core.api.service.ActingAs;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.audit.Outcome;
import org.citizenservices.core.api.service.SignInFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Limits portal sign-in and account set-up per client address with the patient API's token buckets (a burst, then a
 * steady rate per minute), so one address cannot walk through usernames or registration letters whatever the
 * per-account pauses allow. Over the limit nothing is checked; the refusal is audited.
 *
 * <p>The buckets come from the host, which keeps them (in memory, or in the database when nodes share it) and
 * sweeps them; the throttle only asks whether an address may try once more, so the portal does not depend on the
 * patient API's code.
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

    private final Predicate<String> buckets;
    private final Supplier<Core> core;

    /**
     * {@code buckets} answers whether a client key may make one more attempt now, taking a token if so (the host's
     * {@code RateLimiter::tryAcquire}).
     */
    public SignInThrottle(Predicate<String> buckets, Supplier<Core> core) {
        this.buckets = buckets;
        this.core = core;
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
        if (buckets.test("portal " + address)) {
            return;
        }
        LOG.info("Refused a {} from {}: too many attempts from the address", attempt.words, address);
        core.get().audit().entry(new Actor("client at " + address, attempt.actingAs, null, attempt.source),
                AuditAction.SIGN_IN_THROTTLED).detail(attempt.words + " refused unchecked: too many attempts from "
                + address).now(Outcome.DENIED);
        throw new SignInFailedException(TOO_MANY);
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
