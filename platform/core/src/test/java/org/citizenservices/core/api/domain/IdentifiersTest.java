package org.citizenservices.core.api.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    @ParameterizedTest
    @CsvSource({"A81001,A81001", "y99999,Y99999", " B82005 ,B82005"})
    void givenAPracticeCode_whenCreated_thenUpperCase(String input, String stored) {
        assertThat(new OdsCode(input).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A8100", "A810011", "181001", "AB1001", "A8100X"})
    void givenABadPracticeCode_whenCreated_thenRejected(String input) {
        assertThatThrownBy(() -> new OdsCode(input)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({"DEMO100001,DEMO100001", "demo100002,DEMO100002", " ABC123 ,ABC123"})
    void givenAnAccountId_whenCreated_thenUpperCase(String input, String stored) {
        assertThat(new VuaId(input).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC12", "ABCDEFGHIJKLM", "DEMO-10001", "DEMO 10001"})
    void givenABadAccountId_whenCreated_thenRejected(String input) {
        assertThatThrownBy(() -> new VuaId(input)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({"ls1 4ap,LS1 4AP", "LS14AP,LS1 4AP", "sw1a 1aa,SW1A 1AA", "M1 1AE,M1 1AE", "B33  8TH,B33 8TH",
            "CR2 6XH,CR2 6XH", "DN55 1PT,DN55 1PT", "W1A 0AX,W1A 0AX", "EC1A 1BB,EC1A 1BB"})
    void givenAUkPostcode_whenCreated_thenNormalised(String input, String stored) {
        assertThat(new Postcode(input).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LS1", "4AP", "LS1 4A", "LSS1 4AP", "1S1 4AP", "LS1 AAP", "LS1-4AP"})
    void givenNotAPostcode_whenCreated_thenRejected(String input) {
        assertThatThrownBy(() -> new Postcode(input)).hasMessageContaining("postcode");
    }

    @ParameterizedTest
    @CsvSource({"07700 900982,07700900982", "+44 7700 900982,07700900982", "0044 7700 900982,07700900982",
            "(01632) 960-001,01632960001", "020 7946 0018,02079460018"})
    void givenAUkTelephoneNumber_whenCreated_thenNationalDigits(String input, String stored) {
        assertThat(new TelephoneNumber(input).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7700900982", "0770090098", "077009009821", "+1 202 555 0100", "0033 1 23 45 67 89",
            "07700 9OO982"})
    void givenNotAUkTelephoneNumber_whenCreated_thenRejected(String input) {
        assertThatThrownBy(() -> new TelephoneNumber(input)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenAMobileAndALandline_whenAsked_thenOnlyTheMobileTakesTexts() {
        assertThat(new TelephoneNumber("07700 900982").isMobile()).isTrue();
        assertThat(new TelephoneNumber("01632 960001").isMobile()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"jane.demo@Example.NHS.uk,jane.demo@example.nhs.uk", "a+b@x.co,a+b@x.co",
            "  carol@carer.org ,carol@carer.org"})
    void givenAnEmailAddress_whenCreated_thenDomainLowerCase(String input, String stored) {
        assertThat(new EmailAddress(input).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jane", "jane@", "@example.com", "jane@example", "jane demo@example.com",
            "jane@@example.com", "jane..demo@example.com", "jane@-example.com"})
    void givenNotAnEmailAddress_whenCreated_thenRejected(String input) {
        assertThatThrownBy(() -> new EmailAddress(input)).hasMessageContaining("email address");
    }
}
