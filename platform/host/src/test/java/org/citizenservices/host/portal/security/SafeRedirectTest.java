package org.citizenservices.host.portal.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/appointments", "/record?section=results", "/messages/42", "/"})
    void aCitizensOwnPage_isWhereTheyGo(String next) {
        assertThat(SafeRedirect.forCitizen(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example",
            "javascript:alert(1)", "/\t/evil.example", "/%09/evil.example", "/%0a/evil.example", "/%2F%2Fevil",
            "/%252F%252Fevil", "/%5Cevil", "evil.example", "/..//evil.example", "/a/../../evil", "/ /evil",
            "/%E0%A4%A", "/practice", "/practice/patients"})
    void anythingElse_landsOnTheCitizenHomePage(String next) {
        assertThat(SafeRedirect.forCitizen(next)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/practice", "/practice/patients/12", "/practice/admin"})
    void staff_goOnlyIntoThePracticeArea(String next) {
        assertThat(SafeRedirect.forStaff(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/appointments", "/practiced", "//practice", "/practice%09/x", "https://evil/practice",
            "/%2F%2Fevil/practice"})
    void staffElsewhere_landOnThePracticeHomePage(String next) {
        assertThat(SafeRedirect.forStaff(next)).isEqualTo("/practice");
    }
}
