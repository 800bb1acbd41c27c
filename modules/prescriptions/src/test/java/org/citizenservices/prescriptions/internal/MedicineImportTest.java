package org.citizenservices.prescriptions.internal;

import org.citizenservices.spi.FhirResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A UK Core MedicationRequest as a course: repeat or acute, dosage, one issue's quantity and supply. */
class MedicineImportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void givenAContinuousActiveRequest_whenRead_thenAnOrderableRepeat() {
        Course course = MedicineImport.course(request("continuous", "active", false), TODAY);

        assertThat(course.name()).isEqualTo("Salbutamol 100micrograms/dose inhaler");
        assertThat(course.type()).isEqualTo(CourseType.REPEAT);
        assertThat(course.dosage()).isEqualTo("Two puffs when required");
        assertThat(course.quantity()).isEqualTo("1 inhaler");
        assertThat(course.durationDays()).isEqualTo(30);
        assertThat(course.active()).isTrue();
    }

    @Test
    void givenAnAcuteOrStoppedRequest_whenRead_thenAnAcuteOrAnEndedCourse() {
        assertThat(MedicineImport.course(request("acute", "active", false), TODAY).type()).isEqualTo(CourseType.ACUTE);
        assertThat(MedicineImport.course(request("continuous", "stopped", false), TODAY).active()).isFalse();
    }

    @Test
    void givenARequestWithoutDosage_whenRead_thenRefusedSayingSo() {
        assertThatThrownBy(() -> MedicineImport.course(new FhirResource(0, "MedicationRequest", "k", false, Map.of(
                "medicationCodeableConcept", Map.of("text", "Aspirin"))), TODAY))
                .hasMessageContaining("dosageInstruction");
    }

    @Test
    void givenUkCoreRepeatInformation_whenRead_thenItsAuthorisationExpiryIsTheReviewDate_elseTheValidityEnd() {
        Map<String, Object> json = new java.util.HashMap<>(request("continuous", "active", false).json());
        json.put("extension", List.of(Map.of("url", "https://fhir.hl7.org.uk/StructureDefinition/"
                + "Extension-UKCore-MedicationRepeatInformation", "extension", List.of(
                Map.of("url", "numberOfPrescriptionsIssued", "valueUnsignedInt", 3),
                Map.of("url", "authorisationExpiryDate", "valueDateTime", "2027-01-31T00:00:00+00:00")))));
        assertThat(MedicineImport.course(resource(json), TODAY).reviewDue()).isEqualTo(LocalDate.of(2027, 1, 31));

        json.remove("extension");
        json.put("dispenseRequest", Map.of("validityPeriod", Map.of("start", "2026-01-01", "end", "2026-12-31")));
        assertThat(MedicineImport.course(resource(json), TODAY).reviewDue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(MedicineImport.course(request("continuous", "active", false), TODAY).reviewDue()).isNull();
    }

    @Test
    void givenAnAuthorisationExpiryThatIsNoDate_whenRead_thenRefusedSayingSo() {
        Map<String, Object> json = new java.util.HashMap<>(request("continuous", "active", false).json());
        json.put("extension", List.of(Map.of("url", "https://fhir.hl7.org.uk/StructureDefinition/"
                + "Extension-UKCore-MedicationRepeatInformation", "extension", List.of(
                Map.of("url", "authorisationExpiryDate", "valueDateTime", "soon")))));
        assertThatThrownBy(() -> MedicineImport.course(resource(json), TODAY))
                .hasMessageContaining("authorisationExpiryDate");
    }

    private static FhirResource resource(Map<String, Object> json) {
        return new FhirResource(0, "MedicationRequest", "https://x|m-1", false, json);
    }

    private static FhirResource request(String courseType, String status, boolean restricted) {
        return new FhirResource(0, "MedicationRequest", "https://x|m-1", restricted, Map.of(
                "status", status,
                "courseOfTherapyType", Map.of("coding", List.of(Map.of("system", MedicineImport.COURSE_TYPES,
                        "code", courseType))),
                "medicationCodeableConcept", Map.of("text", "Salbutamol 100micrograms/dose inhaler"),
                "dosageInstruction", List.of(Map.of("text", "Two puffs when required")),
                "dispenseRequest", Map.of("quantity", Map.of("value", 1.0, "unit", "inhaler"),
                        "expectedSupplyDuration", Map.of("value", 30)),
                "authoredOn", "2025-01-15"));
    }
}
