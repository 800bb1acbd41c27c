package org.citizenservices.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a route's path may be: lower-case words and {parameters}, and since 1.18 a file's name at the end. */
class ApiRouteTest {

    private static ApiRoute get(String path) {
        return ApiRoute.get(path, "A route", "A_ROUTE", String.class, request -> "answer");
    }

    @Test
    void wordsParametersAndAFilesNameAreAPath() {
        assertThat(get("appointments/{appointmentId}/calendar.ics").path())
                .isEqualTo("appointments/{appointmentId}/calendar.ics");
        assertThat(get("record/export").path()).isEqualTo("record/export");
    }

    @Test
    void aLeadingSlash_capitals_anExtensionOnAParameterOrTwoDots_areRefused() {
        for (String bad : new String[]{"/record", "Record", "appointments/{appointmentId}.ics", "calendar.ics",
                "appointments/calendar..ics", "appointments/calendar.ics.zip", "appointments/cal endar"}) {
            assertThatThrownBy(() -> get(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
