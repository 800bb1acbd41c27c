package org.citizenservices.host.fhir;

import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.FhirInteraction;
import org.citizenservices.spi.FhirRelease;
import org.citizenservices.spi.FhirRoute;
import org.citizenservices.spi.HttpMethod;
import org.citizenservices.spi.StructuredRecordSection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What installed capabilities contribute to GP Connect: two modules can never answer the same path or section (the
 * second is refused at its start, changing nothing), nor take a path the host answers itself; a literal segment wins
 * over a parameter; and what a module took leaves with it.
 */
class GpConnectBookTest {

    private static FhirRoute route(HttpMethod method, String path) {
        String type = path.replaceAll("^documents/", "").replaceAll("/.*", "");
        return FhirRoute.stu3(method, path, type, FhirInteraction.READ, "FHIR_X", request -> Map.of());
    }

    private static StructuredRecordSection section(String parameter) {
        return new StructuredRecordSection() {
            @Override
            public String parameter() {
                return parameter;
            }

            @Override
            public List<Map<String, Object>> resources(Map<String, Object> part) {
                return List.of();
            }
        };
    }

    @Test
    void givenTwoModulesWithOnePath_thenTheSecondIsRefused_andTheFirstStillAnswers() {
        FhirRouteTable table = new FhirRouteTable();
        table.add("appointments", "Appointments", CitizenService.APPOINTMENTS,
                List.of(route(HttpMethod.GET, "Appointment/{id}")));
        assertThatThrownBy(() -> table.add("other", "Other", CitizenService.RECORD,
                List.of(route(HttpMethod.GET, "Appointment/{appointment}"))))
                .hasMessageContaining("already belongs to module 'appointments'");
        assertThat(table.match(FhirRelease.STU3, HttpMethod.GET, "Appointment/5")).hasValueSatisfying(match ->
                assertThat(match.group().capabilityId()).isEqualTo("appointments"));
        assertThat(table.match(FhirRelease.R4, HttpMethod.GET, "Appointment/5")).as("another release").isEmpty();
        assertThat(table.match(FhirRelease.STU3, HttpMethod.PUT, "Appointment/5")).isEmpty();
    }

    @Test
    void givenAHostPath_thenNoModuleTakesIt() {
        FhirRouteTable table = new FhirRouteTable();
        for (String path : List.of("Patient/{id}", "Organization/{id}", "documents/Patient/{nhs}")) {
            assertThatThrownBy(() -> table.checkCanAdd("greedy", List.of(route(HttpMethod.GET, path))))
                    .hasMessageContaining("the host's own");
        }
    }

    @Test
    void givenALiteralAndAParameter_thenTheLiteralWins_andARemovedModuleAnswersNothing() {
        FhirRouteTable table = new FhirRouteTable();
        table.add("a", "A", CitizenService.APPOINTMENTS, List.of(route(HttpMethod.GET, "Slot/{id}")));
        table.add("b", "B", CitizenService.RECORD, List.of(route(HttpMethod.GET, "Slot/Patient")));
        assertThat(table.match(FhirRelease.STU3, HttpMethod.GET, "Slot/Patient")).hasValueSatisfying(match ->
                assertThat(match.group().capabilityId()).isEqualTo("b"));
        assertThat(table.match(FhirRelease.STU3, HttpMethod.GET, "Slot/9")).hasValueSatisfying(match ->
                assertThat(match.pathParameters()).containsEntry("id", "9"));
        assertThat(table.remove("a")).hasSize(1);
        assertThat(table.match(FhirRelease.STU3, HttpMethod.GET, "Slot/9")).isEmpty();
        assertThat(table.routes(FhirRelease.STU3)).extracting(FhirRoute::path).containsExactly("Slot/Patient");
    }

    @Test
    void givenSections_thenOnlyTheSpecificationsOnce_eachLeavingWithItsModule() {
        RecordSectionTable sections = new RecordSectionTable();
        sections.add("record", "View Record", CitizenService.RECORD, List.of(section("includeAllergies")));
        assertThatThrownBy(() -> sections.add("other", "Other", CitizenService.RECORD,
                List.of(section("includeAllergies")))).hasMessageContaining("already by module 'record'");
        assertThatThrownBy(() -> sections.add("other", "Other", CitizenService.RECORD,
                List.of(section("includeEverything")))).hasMessageContaining("not a section");
        assertThat(sections.parameters()).containsExactly("includeAllergies");
        sections.remove("record");
        assertThat(sections.section("includeAllergies")).isEmpty();
    }
}
