package org.citizenservices.host.nhslogin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Checks a bearer token an app presents as NHS login's: signed by a key of NHS login's JWKS (RSA or EC; never
 * {@code none}, never a shared secret), issued by the configured issuer, for our client id ({@code aud}), within its
 * {@code nbf}..{@code exp} (a minute's skew) with an {@code iat}, and naming an NHS number. How well the person was
 * proved ({@code identity_proofing_level}, else the level of {@code vot}) is read, not judged: the API and the core
 * decide what P5 may do.
 */
public final class NhsLoginTokens {

    private static final Set<JWSAlgorithm> SIGNED_BY_KEY_PAIR = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS512, JWSAlgorithm.ES256);

    private final NhsLoginProvider provider;

    public NhsLoginTokens(NhsLoginProvider provider) {
        this.provider = provider;
    }

    /**
     * @throws InvalidToken saying why, for the log and the audit (never the token)
     * @throws NhsLoginProvider.NhsLoginUnavailable when NHS login's keys cannot be read now
     */
    public NhsLoginToken verify(String bearer) {
        if (bearer == null || bearer.isBlank() || bearer.length() > 16_384) {
            throw new InvalidToken("no token, or one too long to be NHS login's");
        }
        JWTClaimsSet claims;
        try {
            claims = processor().process(bearer, null);
        } catch (ParseException | BadJOSEException | JOSEException rejected) {
            throw new InvalidToken(rejected.getMessage());
        }
        try {
            String clientId = first(claims.getStringClaim("client_id"), claims.getStringClaim("azp"),
                    claims.getAudience().isEmpty() ? null : claims.getAudience().get(0));
            return new NhsLoginToken(claims.getSubject(), new NhsNumber(claims.getStringClaim("nhs_number")),
                    level(claims), birthDate(claims.getStringClaim("birthdate")), clientId,
                    claims.getExpirationTime().toInstant());
        } catch (ParseException | InvalidValueException unusable) {
            throw new InvalidToken("claims unusable: " + unusable.getMessage());
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNED_BY_KEY_PAIR, provider.keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(provider.settings().clientId(),
                new JWTClaimsSet.Builder().issuer(provider.metadata().getIssuer().getValue()).build(),
                Set.of("sub", "exp", "iat", "nhs_number")));
        return processor;
    }

    /** {@code identity_proofing_level}, else the level at the head of the vector of trust ({@code P9.Cp.Cd}). */
    static String level(JWTClaimsSet claims) throws ParseException {
        String level = claims.getStringClaim("identity_proofing_level");
        if (level != null) {
            return level;
        }
        Object vot = claims.getClaim("vot");
        List<?> vectors = vot instanceof List<?> list ? list : vot == null ? List.of() : List.of(vot);
        return vectors.stream().map(String::valueOf).filter(v -> v.startsWith("P")).map(v -> v.split("\\.")[0])
                .sorted(java.util.Comparator.reverseOrder()).findFirst().orElse("none");
    }

    private static LocalDate birthDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException partial) {
            // NHS login shares a full date; anything else is not a date to compare a record with
            return null;
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "unknown app";
    }

    /** The token is not a usable NHS login token: the API answers 401. */
    public static final class InvalidToken extends RuntimeException {
        public InvalidToken(String why) {
            super(why);
        }
    }
}
