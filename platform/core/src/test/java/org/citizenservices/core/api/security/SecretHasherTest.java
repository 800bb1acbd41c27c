package org.citizenservices.core.api.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretHasherTest {

    private final SecretHasher hasher = SecretHasher.recommended();

    @Test
    void givenAPassword_whenHashed_thenAnArgon2idPhcStringThatVerifiesOnlyThatPassword() {
        String stored = hasher.hash("Portal-Demo-2026!".toCharArray());

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Portal-Demo");
        assertThat(hasher.verify("Portal-Demo-2026!".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("portal-demo-2026!".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void givenTheSameSecretTwice_whenHashed_thenSaltsDiffer() {
        assertThat(hasher.hash("Rv7Kq2Xm9Tz4Wp8L".toCharArray()))
                .isNotEqualTo(hasher.hash("Rv7Kq2Xm9Tz4Wp8L".toCharArray()));
    }

    @Test
    void givenNonAsciiSecrets_whenHashed_thenVerifiedByTheirUtf8Bytes() {
        String stored = hasher.hash("Ffion-Llŷr-2026!".toCharArray());

        assertThat(hasher.verify("Ffion-Llŷr-2026!".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("Ffion-Llyr-2026!".toCharArray(), stored)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
            "$argon2id$v=19$m=19456,t=2,p=1$$aGFzaA", "$2a$10$abcdefghijklmnopqrstuv",
            "$argon2id$v=19$m=99999999999,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaA", "$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA"})
    void givenAMalformedStoredValue_whenVerified_thenFalseNotAnException(String stored) {
        assertThat(hasher.verify("anything".toCharArray(), stored)).isFalse();
    }

    @Test
    void givenAHashMadeWithWeakerParameters_whenChecked_thenItStillVerifiesButNeedsRehash() {
        SecretHasher weak = new SecretHasher(8 * 1024, 1, 1);
        String old = weak.hash("Practice-Demo-2026!".toCharArray());

        assertThat(hasher.verify("Practice-Demo-2026!".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("x".toCharArray()))).isFalse();
    }

    @Test
    void givenImpossibleParameters_whenConfigured_thenRejected() {
        assertThatThrownBy(() -> new SecretHasher(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretHasher(19 * 1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
