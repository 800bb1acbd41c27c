package org.citizenservices.spi;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A FHIR route's shape is checked where a module declares it, so a module with a route the host could never match
 * fails at its start with the reason, not at an app's first call; and what {@link FhirJson} builds has no empty
 * values, which FHIR's JSON forbids and the host's strict parse would refuse.
 */
class FhirRouteTest {

    private static final FhirHandler NOTHING = request -> Map.of();

    @Test
    void givenTheSpecificationsPaths_thenEachIsARoute_withItsPatientParameterAndStatus() {
        FhirRoute compartment = FhirRoute.stu3(HttpMethod.GET, "Patient/{patient}/Appointment", "Appointment",
                FhirInteraction.SEARCH, "FHIR_APPOINTMENTS_VIEWED", NOTHING);
        assertThat(compartment.pathParameters()).containsExactly("patient");
        assertThat(compartment.successStatus()).isEqualTo(200);
        assertThat(FhirRoute.stu3(HttpMethod.POST, "Appointment", "Appointment", FhirInteraction.CREATE,
                "FHIR_BOOKED", NOTHING).successStatus()).isEqualTo(201);
        assertThat(FhirRoute.stu3(HttpMethod.GET, "documents/Binary/{id}", "Binary", FhirInteraction.READ,
                "FHIR_DOCUMENT_READ", NOTHING).pathParameters()).containsExactly("id");
    }

    @Test
    void givenAPathALeadingSlashAnActionOrADelete_thatTheHostCouldNotServe_thenRefusedWithTheReason() {
        assertThatThrownBy(() -> FhirRoute.stu3(HttpMethod.GET, "/Slot", "Slot", FhirInteraction.SEARCH, "FHIR_X",
                NOTHING)).hasMessageContaining("FHIR path");
        assertThatThrownBy(() -> FhirRoute.stu3(HttpMethod.GET, "slot", "Slot", FhirInteraction.SEARCH, "FHIR_X",
                NOTHING)).hasMessageContaining("FHIR path");
        assertThatThrownBy(() -> FhirRoute.stu3(HttpMethod.GET, "Slot", "Slot", FhirInteraction.SEARCH, "slots seen",
                NOTHING)).hasMessageContaining("audit action");
        assertThatThrownBy(() -> FhirRoute.stu3(HttpMethod.DELETE, "Appointment/{id}", "Appointment",
                FhirInteraction.UPDATE, "FHIR_X", NOTHING)).hasMessageContaining("update, not DELETE");
        assertThatThrownBy(() -> new FhirRefused(500, "X", "exception", "no")).hasMessageContaining("4xx");
    }

    @Test
    void givenNullsBlanksAndEmptyLists_whenBuilt_thenLeftOut_andASearchsetCountsItsMatches() {
        Map<String, Object> resource = FhirJson.resource("Condition", "7", "code", FhirJson.concept(FhirJson.SNOMED,
                null, "Asthma"), "note", List.of(), "onsetDateTime", " ", "subject", FhirJson.reference("Patient", 4));
        assertThat(resource).containsOnlyKeys("resourceType", "id", "code", "subject");
        assertThat(resource.get("code")).isEqualTo(Map.of("text", "Asthma"));
        Map<String, Object> bundle = FhirJson.searchset("https://gp.example/FHIR/STU3/", List.of(resource),
                List.of(FhirJson.resource("Patient", "4")));
        assertThat(bundle).containsEntry("total", 1);
        assertThat(((List<?>) bundle.get("entry")).stream().map(e -> (Object) ((Map<?, ?>) e).get("fullUrl")).toList())
                .containsExactly("https://gp.example/FHIR/STU3/Condition/7", "https://gp.example/FHIR/STU3/Patient/4");
        assertThat(FhirJson.searchset("b/", List.of(), List.of())).doesNotContainKey("entry");
    }
}
