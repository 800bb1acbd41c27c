package org.citizenservices.core.api.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9990000018", "9990000026", "9990000034", "9990000042", "9990000050", "9990000069",
            "4857773457", "943 476 5919", "943-476-5919"})
    void givenAValidNumber_whenCreated_thenStoredAsTenDigits(String number) {
        assertThat(new NhsNumber(number).value()).matches("\\d{10}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9990000019", "4857773456", "1234567890"})
    void givenAWrongCheckDigit_whenCreated_thenRejected(String number) {
        assertThatThrownBy(() -> new NhsNumber(number)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a valid NHS number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "999000001", "99900000181", "99900000a8", "999 000 001 8x"})
    void givenNotTenDigits_whenCreated_thenRejected(String number) {
        assertThatThrownBy(() -> new NhsNumber(number)).hasMessageContaining("10 digits");
    }

    @Test
    void givenNineDigitsNeedingCheckTen_whenChecked_thenNoCheckDigitCanMakeThemValid() {
        // 1,0,0,0,0,0,0,0,1 → 10 + 2 = 12; 12 mod 11 = 1; 11 − 1 = 10: invalid whatever the tenth digit
        assertThat(NhsNumber.checkDigit("1000000010")).isEqualTo(-1);
        for (int last = 0; last <= 9; last++) {
            String number = "100000001" + last;
            assertThatThrownBy(() -> new NhsNumber(number)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void givenACheckOfEleven_whenChecked_thenTheCheckDigitIsZero() {
        // nine zeros: sum 0, 11 − 0 = 11, so the check digit is 0
        String digits = "0000000000";
        assertThat(NhsNumber.checkDigit(digits)).isZero();
        assertThat(new NhsNumber(digits).value()).isEqualTo(digits);
    }

    @Test
    void givenADemoNumber_whenFormatted_thenSpacedAndKnownAsTestData() {
        NhsNumber jane = new NhsNumber("9990000018");

        assertThat(jane.formatted()).isEqualTo("999 000 0018");
        assertThat(jane.isTestNumber()).isTrue();
        assertThat(new NhsNumber("4857773457").isTestNumber()).isFalse();
    }

    @Test
    void givenASerialWhoseNineDigitsHaveNoCheckDigit_whenGenerated_thenTheNextSerialIsTaken() {
        assertThat(NhsNumber.firstFrom("99900", 1).value()).isEqualTo("9990000018");
        // 99900 + serial 14: the weighted sum leaves remainder 1, so no check digit makes it valid
        assertThat(NhsNumber.checkDigit("999000014")).isEqualTo(-1);
        assertThat(NhsNumber.firstFrom("99900", 14).value()).startsWith("999000015");
    }
}
