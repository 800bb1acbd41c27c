package org.citizenservices.host.nhslogin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.citizenservices.core.api.domain.NhsNumber;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The portal's "Continue with NHS login": the authorization code flow with PKCE, {@code state} and {@code nonce}.
 * {@link #start} gives the address to send the browser to and what the session must keep; {@link #finish} takes the
 * address NHS login sent the browser back to, redeems the code with our {@code private_key_jwt}, checks the ID token
 * in full (signature by NHS login's keys, issuer, audience, expiry, nonce) and reads the person from it and from
 * NHS login's user info.
 */
public final class NhsLoginClient {

    /** How long the browser may take at NHS login before the pending sign-in is forgotten. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    private static final Set<JWSAlgorithm> SIGNED_BY_KEY_PAIR = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS512, JWSAlgorithm.ES256);

    /** Where NHS login sends the browser back to, under the portal's public address. */
    public static final String CALLBACK_PATH = "nhs-login/callback";

    private final NhsLoginProvider provider;
    private final PrivateKey key;
    private final URI callback;
    private final Clock clock;

    /** {@code callback}: the portal's {@link #CALLBACK_PATH} at its public address, as registered with NHS login. */
    public NhsLoginClient(NhsLoginProvider provider, URI callback, Clock clock) {
        if (!provider.settings().portalSignIn()) {
            throw new IllegalArgumentException("the portal signs in with NHS login only with our private key");
        }
        this.provider = provider;
        this.key = PemKeys.privateKey(provider.settings().privateKey());
        this.callback = callback;
        this.clock = clock;
    }

    /** What the session keeps while the browser is at NHS login: nothing NHS login did not send us back. */
    public record Pending(String state, String nonce, String verifier, URI redirectUri, Instant startedAt)
            implements Serializable {
    }

    public record Start(URI authorizationUrl, Pending pending) {
    }

    /** @throws NhsLoginProvider.NhsLoginUnavailable when NHS login cannot be reached now */
    public Start start() {
        URI redirectUri = callback;
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "profile"), new ClientID(provider.settings().clientId()), redirectUri)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                // both levels come back: a P5 person is told what they can do, not turned away at NHS login
                .customParameter("vtr", "[\"P9.Cp.Cd\",\"P9.Cp.Ck\",\"P9.Cm\",\"P5.Cp.Cd\",\"P5.Cp.Ck\",\"P5.Cm\"]")
                .build();
        return new Start(request.toURI(), new Pending(state.getValue(), nonce.getValue(), verifier.getValue(),
                redirectUri, clock.instant()));
    }

    /**
     * @throws Declined when the person stopped at NHS login, or the answer does not belong to this session
     * @throws NhsLoginProvider.NhsLoginUnavailable when NHS login cannot be reached now
     */
    public NhsLoginToken finish(Pending pending, URI callback) {
        if (pending == null || pending.startedAt().plus(PENDING_FOR).isBefore(clock.instant())) {
            throw new Declined("That sign-in took too long or was started elsewhere. Start again.");
        }
        try {
            AuthenticationResponse response = AuthenticationResponseParser.parse(callback);
            if (!pending.state().equals(response.getState() == null ? null : response.getState().getValue())) {
                throw new Declined("That answer from NHS login was not for this sign-in. Start again.");
            }
            if (response instanceof AuthenticationErrorResponse error) {
                throw new Declined("NHS login did not sign you in (" + error.getErrorObject().getCode() + ").");
            }
            AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
            return redeem(pending, code);
        } catch (ParseException unreadable) {
            throw new Declined("NHS login's answer could not be read. Start again.");
        }
    }

    private NhsLoginToken redeem(Pending pending, AuthorizationCode code) throws ParseException {
        URI tokenEndpoint = provider.metadata().getTokenEndpointURI();
        ClientID client = new ClientID(provider.settings().clientId());
        try {
            TokenRequest request = new TokenRequest(tokenEndpoint, new PrivateKeyJWT(client, tokenEndpoint,
                    JWSAlgorithm.RS512, key, null, null),
                    new AuthorizationCodeGrant(code, pending.redirectUri(), new CodeVerifier(pending.verifier())));
            var answer = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!answer.indicatesSuccess()) {
                throw new Declined("NHS login did not complete the sign-in ("
                        + answer.toErrorResponse().getErrorObject().getCode() + "). Start again.");
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) answer.toSuccessResponse();
            JWT idToken = tokens.getOIDCTokens().getIDToken();
            JWTClaimsSet id = new IDTokenValidator(provider.metadata().getIssuer(), client,
                    new JWSVerificationKeySelector<SecurityContext>(SIGNED_BY_KEY_PAIR, provider.keys()), null)
                    .validate(idToken, new com.nimbusds.openid.connect.sdk.Nonce(pending.nonce())).toJWTClaimsSet();
            JWTClaimsSet info = userInfo(tokens.getOIDCTokens().getBearerAccessToken());
            return person(id, info);
        } catch (BadJOSEException | JOSEException | IOException | java.text.ParseException refused) {
            throw new Declined("NHS login's answer could not be trusted, so you are not signed in. Start again.");
        }
    }

    /** NHS login keeps the NHS number and date of birth in its user info; the ID token carries the level. */
    private JWTClaimsSet userInfo(BearerAccessToken accessToken) throws IOException, ParseException {
        URI endpoint = provider.metadata().getUserInfoEndpointURI();
        if (endpoint == null) {
            return new JWTClaimsSet.Builder().build();
        }
        UserInfoResponse response = UserInfoResponse.parse(new UserInfoRequest(endpoint, accessToken)
                .toHTTPRequest().send());
        if (!response.indicatesSuccess()) {
            throw new Declined("NHS login did not share your details. Start again.");
        }
        return response.toSuccessResponse().getUserInfo().toJWTClaimsSet();
    }

    private static NhsLoginToken person(JWTClaimsSet id, JWTClaimsSet info) throws java.text.ParseException {
        String nhsNumber = first(info.getStringClaim("nhs_number"), id.getStringClaim("nhs_number"));
        String level = first(id.getStringClaim("identity_proofing_level"),
                info.getStringClaim("identity_proofing_level"));
        if (level == null) {
            level = NhsLoginTokens.level(id);
        }
        String born = first(info.getStringClaim("birthdate"), id.getStringClaim("birthdate"));
        if (nhsNumber == null) {
            throw new Declined("NHS login did not share your NHS number, so we cannot find your GP record.");
        }
        try {
            return new NhsLoginToken(id.getSubject(), new NhsNumber(nhsNumber), level,
                    born == null ? null : java.time.LocalDate.parse(born), "Citizen portal",
                    id.getExpirationTime().toInstant());
        } catch (InvalidValueException | java.time.format.DateTimeParseException unusable) {
            throw new Declined("NHS login's details could not be read, so you are not signed in.");
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    /** The person is not signed in, for a reason the page can show them as it is. */
    public static final class Declined extends RuntimeException {
        public Declined(String message) {
            super(message);
        }
    }
}
