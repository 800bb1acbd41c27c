package org.citizenservices.host.nhslogin;

import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * NHS login tokens against a real OpenID Connect provider running in the test (discovery, JWKS, RS256 signatures):
 * a right one is read; a wrong signature, issuer or audience, an expired one, one without an NHS number, and a
 * provider that cannot be reached are each refused — never accepted, never a 500.
 */
class NhsLoginTokensTest {

    static final String CLIENT_ID = "citizen-services-test";
    static final String NHS_NUMBER = "9434765919";

    static MockOAuth2Server nhsLogin;
    static NhsLoginTokens tokens;

    @BeforeAll
    static void start() {
        nhsLogin = new MockOAuth2Server();
        nhsLogin.start();
        tokens = new NhsLoginTokens(new NhsLoginProvider(new NhsLoginSettings(
                URI.create(nhsLogin.issuerUrl("nhslogin").toString()), CLIENT_ID, null), Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        nhsLogin.shutdown();
    }

    @Test
    void givenAP9TokenForUs_thenItsPersonIsRead() {
        NhsLoginToken token = tokens.verify(token("nhslogin", List.of(CLIENT_ID), claims("P9"), 3600).serialize());

        assertThat(token.nhsNumber().value()).isEqualTo(NHS_NUMBER);
        assertThat(token.provedHigh()).isTrue();
        assertThat(token.birthDate()).isEqualTo(LocalDate.of(1961, 7, 3));
        assertThat(token.clientId()).isEqualTo("nhs-app");
        assertThat(token.user().subject()).isEqualTo("person-1");
    }

    @Test
    void givenOnlyAVectorOfTrust_thenTheLevelIsItsHead_andP5IsReadAsP5() {
        Map<String, Object> vot = claims(null);
        vot.put("vot", "P9.Cp.Cd");
        assertThat(tokens.verify(token("nhslogin", List.of(CLIENT_ID), vot, 3600).serialize()).provedHigh()).isTrue();
        NhsLoginToken p5 = tokens.verify(token("nhslogin", List.of(CLIENT_ID), claims("P5"), 3600).serialize());
        assertThat(p5.provedHigh()).isFalse();
    }

    @Test
    void givenAForgedExpiredOrForeignToken_thenRefusedSayingWhy() {
        String right = token("nhslogin", List.of(CLIENT_ID), claims("P9"), 3600).serialize();
        String forged = right.substring(0, right.length() - 6) + (right.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(NhsLoginTokens.InvalidToken.class);

        assertThatThrownBy(() -> tokens.verify(token("elsewhere", List.of(CLIENT_ID), claims("P9"), 3600)
                .serialize())).isInstanceOf(NhsLoginTokens.InvalidToken.class);
        assertThatThrownBy(() -> tokens.verify(token("nhslogin", List.of("another-service"), claims("P9"), 3600)
                .serialize())).isInstanceOf(NhsLoginTokens.InvalidToken.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> tokens.verify(token("nhslogin", List.of(CLIENT_ID), claims("P9"), -600)
                .serialize())).isInstanceOf(NhsLoginTokens.InvalidToken.class).hasMessageContaining("xpired");
        Map<String, Object> noNumber = claims("P9");
        noNumber.remove("nhs_number");
        assertThatThrownBy(() -> tokens.verify(token("nhslogin", List.of(CLIENT_ID), noNumber, 3600).serialize()))
                .isInstanceOf(NhsLoginTokens.InvalidToken.class).hasMessageContaining("nhs_number");
        assertThatThrownBy(() -> tokens.verify("not-a-jwt")).isInstanceOf(NhsLoginTokens.InvalidToken.class);
    }

    @Test
    void givenNhsLoginUnreachable_thenUnavailable_notAnError() {
        NhsLoginTokens nowhere = new NhsLoginTokens(new NhsLoginProvider(new NhsLoginSettings(
                URI.create("http://localhost:1/nhslogin"), CLIENT_ID, null), Clock.systemUTC()));
        String right = token("nhslogin", List.of(CLIENT_ID), claims("P9"), 3600).serialize();
        assertThatThrownBy(() -> nowhere.verify(right)).isInstanceOf(NhsLoginProvider.NhsLoginUnavailable.class);
    }

    private static SignedJWT token(String issuer, List<String> audience, Map<String, Object> claims, long expiry) {
        return nhsLogin.issueToken(issuer, "nhs-app", new DefaultOAuth2TokenCallback(issuer, "person-1", "JWT",
                audience, claims, expiry));
    }

    private static Map<String, Object> claims(String level) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("nhs_number", NHS_NUMBER);
        claims.put("birthdate", "1961-07-03");
        claims.put("client_id", "nhs-app");
        if (level != null) {
            claims.put("identity_proofing_level", level);
        }
        return claims;
    }
}
