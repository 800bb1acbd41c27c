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
