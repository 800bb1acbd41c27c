package org.citizenservices.core.api.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkageKeyTest {

    @RepeatedTest(200)
    void givenAGeneratedKey_whenInspected_thenItMeetsTheStrengthRule() {
        String key = LinkageKey.generate().reveal();

        assertThat(key).hasSize(LinkageKey.LENGTH)
                .containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]")
                .doesNotContainPattern("[0Oo1lI]");
        assertThat(LinkageKey.of(key).reveal()).isEqualTo(key);
    }

    @Test
    void givenManyGeneratedKeys_whenCompared_thenAllDiffer() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(LinkageKey.generate().reveal());
        }
        assertThat(keys).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rv7Kq2Xm9Tz4Wp8L", "Hp4Wn8Qz3Rk7Xt2M", " Rv7Kq2Xm9Tz4Wp8L "})
    void givenTheDemoKeys_whenRead_thenAccepted(String key) {
        assertThat(LinkageKey.of(key).reveal()).isEqualTo(key.trim());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rv7Kq2Xm9Tz4Wp", "rv7kq2xm9tz4wp8l", "RV7KQ2XM9TZ4WP8L", "RvKqXmTzWpLHpWnQ",
            "Rv7Kq2Xm9Tz4Wp0L", "Rv7Kq2Xm9Tz4WpOL", "Rv7Kq2Xm9Tz4Wp8l", "Rv7Kq2Xm9Tz4Wp8 L"})
    void givenAWeakOrAmbiguousKey_whenRead_thenRejected(String key) {
        assertThatThrownBy(() -> LinkageKey.of(key)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("registration letter");
    }

    @Test
    void givenAKey_whenPrinted_thenItIsNeverShown() {
        LinkageKey key = LinkageKey.of("Rv7Kq2Xm9Tz4Wp8L");

        assertThat(key.toString()).doesNotContain("Rv7K").isEqualTo("LinkageKey[****]");
        assertThat(key).isEqualTo(LinkageKey.of("Rv7Kq2Xm9Tz4Wp8L")).isNotEqualTo(LinkageKey.generate());
    }
}
