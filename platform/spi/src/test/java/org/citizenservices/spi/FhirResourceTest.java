package org.citizenservices.spi;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FhirResourceTest {

    private final FhirResource condition = new FhirResource(3, "Condition", "https://x|1", false, Map.of(
            "code", Map.of("text", "Asthma", "coding", List.of(
                    Map.of("system", "http://read.info/ctv3", "code", "H33.."),
                    Map.of("system", "http://snomed.info/sct", "code", "195967001", "display", "Asthma (disorder)"))),
            "onsetDateTime", "2015-04-01T10:30:00+01:00",
            "recordedDate", "2015-04",
            "subject", Map.of("reference", "Patient/abc")));

    @Test
    void givenAPath_whenEachStepIsThere_thenItsValueElseEmpty() {
        assertThat(condition.text("code", "text")).hasValue("Asthma");
        assertThat(condition.text("code", "coding", 1, "code")).hasValue("195967001");
        assertThat(condition.text("code", "coding", 5, "code")).isEmpty();
        assertThat(condition.text("code", 0)).as("a position in a map").isEmpty();
        assertThat(condition.list("code", "coding")).hasSize(2);
        assertThat(condition.list("nothing")).isEmpty();
    }

    @Test
    void givenCodings_whenAskedForASystem_thenTheFirstOfThatSystem() {
        assertThat(condition.coding("http://snomed.info/sct", "code"))
                .hasValue(new FhirResource.Coding("195967001", "Asthma (disorder)"));
        assertThat(condition.coding("http://loinc.org", "code")).isEmpty();
    }

    @Test
    void givenFhirDatesOfEachPrecision_whenRead_thenLocalDateTimes() {
        assertThat(condition.dateTime("onsetDateTime")).hasValue(LocalDateTime.of(2015, 4, 1, 10, 30));
        assertThat(condition.dateTime("recordedDate")).hasValue(LocalDateTime.of(2015, 4, 1, 0, 0));
        assertThat(new FhirResource(0, "Immunization", "k", false, Map.of("occurrenceDateTime", "2025"))
                .dateTime("occurrenceDateTime")).hasValue(LocalDateTime.of(2025, 1, 1, 0, 0));
        assertThat(new FhirResource(0, "Immunization", "k", false, Map.of("occurrenceDateTime", "soon"))
                .dateTime("occurrenceDateTime")).isEmpty();
        assertThat(condition.referenceId("subject")).hasValue("abc");
    }
}
