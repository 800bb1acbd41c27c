package org.citizenservices.host.fhir;

import org.citizenservices.core.Core;
import org.citizenservices.core.api.vua.NhsLoginRefused;
import org.citizenservices.host.nhslogin.NhsLogin;
import org.citizenservices.host.nhslogin.NhsLoginToken;
import org.citizenservices.host.nhslogin.NhsLoginTokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who a bearer token speaks for: verified as NHS login's (else 401), proved to P9 (else 401), and opened as that
 * person's account by NL01 (else 403 saying why). A token already seen is answered from memory, by its SHA-256,
 * until it expires, so a busy app costs one sign-in per token, not one per call; whether the account is still
 * current is asked on every call all the same.
 */
final class FhirCallers {

    static final int MAX_REMEMBERED = 10_000;

    private final Supplier<Core> core;
    private final Supplier<java.util.Optional<NhsLogin>> nhsLogin;
    private final Clock clock;
    private final Map<String, FhirCaller> known = new ConcurrentHashMap<>();

    FhirCallers(Supplier<Core> core, Supplier<java.util.Optional<NhsLogin>> nhsLogin, Clock clock) {
        this.core = core;
        this.nhsLogin = nhsLogin;
        this.clock = clock;
    }

    FhirCaller of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw FhirProblem.unauthorised("Send the person's NHS login access token: Authorization: Bearer TOKEN.");
        }
        String bearer = authorization.substring(7).strip();
        String key = sha256(bearer);
        FhirCaller caller = known.get(key);
        if (caller == null || !caller.expiresAt().isAfter(clock.instant())) {
            caller = signIn(bearer);
            if (known.size() >= MAX_REMEMBERED) {
                known.values().removeIf(c -> !c.expiresAt().isAfter(clock.instant()));
            }
            known.put(key, caller);
        }
        if (!core.get().citizens().isCurrent(caller.citizen())) {
            known.remove(key);
            throw FhirProblem.forbidden("This person's online access has ended. They can contact their practice.");
        }
        return caller;
    }

    private FhirCaller signIn(String bearer) {
        NhsLogin login = nhsLogin.get().orElseThrow(() ->
                FhirProblem.unauthorised("NHS login is not set up on this installation."));
        NhsLoginToken token;
        try {
            token = login.tokens().verify(bearer);
        } catch (NhsLoginTokens.InvalidToken invalid) {
            throw FhirProblem.unauthorised("The access token is not a valid NHS login token for this service.");
        } catch (org.citizenservices.host.nhslogin.NhsLoginProvider.NhsLoginUnavailable unreachable) {
            // NHS login's keys cannot be read now: the token may be fine, so try again later, not sign in again
            throw FhirProblem.unavailable("NHS login cannot be reached to check the token; try again shortly.");
        }
        if (!token.provedHigh()) {
            throw FhirProblem.unauthorised("NHS login has proved this person to " + token.proofingLevel()
                    + "; GP Connect needs P9.");
        }
        try {
            return new FhirCaller(core.get().nhsLogin().signIn(token.user(), token.clientId()), token.clientId(),
                    token.expiresAt());
        } catch (NhsLoginRefused refused) {
            throw refused.reason() == NhsLoginRefused.Reason.NOT_REGISTERED_HERE
                    ? FhirProblem.notFound("PATIENT_NOT_FOUND", refused.getMessage())
                    : FhirProblem.forbidden(refused.getMessage());
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
