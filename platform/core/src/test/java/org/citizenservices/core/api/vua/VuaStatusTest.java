package org.citizenservices.core.api.vua;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VuaStatusTest {

    @ParameterizedTest(name = "linkage {0}, identity {1}, live associations {2} -> {3}")
    @CsvSource({
        "true,  true,  1, ACTIVE",
        "true,  true,  3, ACTIVE",
        "true,  true,  0, INACTIVE",
        "true,  false, 1, INACTIVE",
        "false, true,  1, INACTIVE",
        "false, false, 1, INACTIVE",
        "false, true,  0, INACTIVE",
        "true,  false, 0, INACTIVE",
        "false, false, 0, INACTIVE"})
    void givenTheThreeConditions_whenTheStatusIsDerived_thenActiveOnlyWhenAllHold(boolean linkage, boolean identity,
                                                                                int live, VuaStatus expected) {
        assertThat(VuaStatus.required(linkage, identity, live)).isEqualTo(expected);
    }
}
