package org.citizenservices.core.api.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problems("river kettle orange", "jane.demo")).isEmpty();
        assertThat(PasswordPolicy.problems("Portal-Demo-2026!", "jane.demo")).isEmpty();
    }

    @Test
    void eachRuleIsExplained() {
        assertThat(PasswordPolicy.problems("short", null)).containsExactly("Use at least 10 characters.");
        assertThat(PasswordPolicy.problems("x".repeat(129), null)).contains("Use at most 128 characters.");
        assertThat(PasswordPolicy.problems("jane.demo-2026", "Jane.Demo")).containsExactly("Do not include your username.");
        assertThat(PasswordPolicy.problems("aaaaaaaaaaaa", null)).contains("Do not repeat one character.");
        assertThat(PasswordPolicy.problems("Password123", null)).containsExactly("This password is too common; choose another.");
    }

    @Test
    void givenThePasswordsSeenMostInBreaches_whenChosen_thenRefusedWhateverTheirCase() {
        assertThat(PasswordPolicy.problems("ManchesterUnited", null))
                .containsExactly("This password is too common; choose another.");
        assertThat(PasswordPolicy.problems("LIVERPOOL1892", null)).isNotEmpty();
        assertThat(PasswordPolicy.problems("Heron-Lantern-Meadow", null)).isEmpty();
    }

    @Test
    void givenAStaffPassword_whenShorterThanTwelve_thenRefused() {
        assertThat(PasswordPolicy.staffProblems("Eleven-char", null)).containsExactly("Use at least 12 characters.");
        assertThat(PasswordPolicy.staffProblems("Heron-Lantern-Meadow", "erin")).isEmpty();
    }
}
