package org.citizenservices.record.internal;

import org.citizenservices.spi.FhirResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** UK Core resources as record entries: type, term, date, result and restriction, or a refusal saying why. */
class FhirEntriesTest {

    static final Source SOURCE = new Source("GP practice A81001", RecordImport.SYSTEM, "Dr Nadia Rahman", "Clinician");

    @Test
    void givenConditions_whenActiveOrResolved_thenActiveOrPastProblemsWithTheirSnomedConcept() {
        NewEntry active = FhirEntries.entry(condition("active", false), SOURCE);
        NewEntry past = FhirEntries.entry(condition("resolved", false), SOURCE);

        assertThat(active.type()).isEqualTo(EntryType.ACTIVE_PROBLEM);
        assertThat(past.type()).isEqualTo(EntryType.PAST_PROBLEM);
        assertThat(active.snomedId()).isEqualTo("195967001");
        assertThat(active.term()).isEqualTo("Asthma");
        assertThat(active.effectiveAt()).isEqualTo(LocalDateTime.of(2015, 4, 1, 0, 0));
        assertThat(active.restricted()).isFalse();
        assertThat(FhirEntries.entry(condition("active", true), SOURCE).restricted()).isTrue();
    }

    @Test
    void givenAnObservationWithAValueAndRange_whenMapped_thenAResultWithBoth() {
        NewEntry result = FhirEntries.entry(new FhirResource(0, "Observation", "k", false, Map.of(
                "code", Map.of("text", "HbA1c"), "effectiveDateTime", "2026-10-01T09:30:00Z",
                "valueQuantity", Map.of("value", 48, "unit", "mmol/mol"),
                "referenceRange", List.of(Map.of("low", Map.of("value", 20), "high", Map.of("value", 41))))), SOURCE);

        assertThat(result.type()).isEqualTo(EntryType.PATHOLOGY_RESULT);
        assertThat(result.result()).isEqualTo(TestResult.of("48", "mmol/mol", "20 - 41"));
        assertThat(result.freeText()).isNull();
    }

    @Test
    void givenAnObservationWithFlagNoteAndRequest_whenMapped_thenTheResultCarriesThemForThePatient() {
        NewEntry result = FhirEntries.entry(new FhirResource(0, "Observation", "k", false, Map.of(
                "code", Map.of("text", "Haemoglobin"), "effectiveDateTime", "2026-10-01T09:30:00Z",
                "valueQuantity", Map.of("value", 101, "unit", "g/L"),
                "interpretation", List.of(Map.of("coding", List.of(Map.of("system",
                        "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code", "L")))),
                "note", List.of(Map.of("text", "A little low."), Map.of("text", "Please book a review.")),
                "basedOn", List.of(Map.of("reference", "ServiceRequest/9", "display", "Full blood count")))), SOURCE);

        assertThat(result.result()).isEqualTo(new TestResult("101", "g/L", null, ResultFlag.LOW,
                "A little low.\nPlease book a review.", "Full blood count"));
        // the note is for the patient, so it is the result's comment, not the clinician's free text
        assertThat(result.freeText()).isNull();
    }

    @Test
    void givenAnInterpretationThisProductDoesNotShow_whenMapped_thenNoFlag_andAnotherSystemIsNotRead() {
        assertThat(flagOf("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "POS")).isNull();
        assertThat(flagOf("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "HH"))
                .isEqualTo(ResultFlag.CRITICALLY_HIGH);
        assertThat(flagOf("http://example.org/lab-flags", "H")).isNull();
    }

    private static ResultFlag flagOf(String system, String code) {
        return FhirEntries.entry(new FhirResource(0, "Observation", "k", false, Map.of(
                "code", Map.of("text", "Potassium"), "effectiveDateTime", "2026-10-01T09:30:00Z",
                "valueString", "7.1", "interpretation", List.of(Map.of("coding", List.of(Map.of("system", system,
                        "code", code)))))), SOURCE).result().flag();
    }

    @Test
    void givenAnObservationWhoseNoteIsTooLongForTheComment_whenMapped_thenRefusedSayingSo() {
        assertThatThrownBy(() -> FhirEntries.entry(new FhirResource(0, "Observation", "k", false, Map.of(
                "code", Map.of("text", "Potassium"), "effectiveDateTime", "2026-10-01T09:30:00Z",
                "valueString", "4.1", "note", List.of(Map.of("text", "x".repeat(1001))))), SOURCE))
                .hasMessage("The comment for the patient must be at most 1000 characters.");
    }

    @Test
    void givenAnAllergyWithReactions_whenMapped_thenTheReactionsAreItsText() {
        NewEntry allergy = FhirEntries.entry(new FhirResource(0, "AllergyIntolerance", "k", false, Map.of(
                "type", "allergy", "code", Map.of("text", "Allergy to penicillin"), "recordedDate", "2010-02-03",
                "reaction", List.of(Map.of("manifestation", List.of(Map.of("text", "Rash"),
                        Map.of("coding", List.of(Map.of("display", "Wheeze")))))))), SOURCE);

        assertThat(allergy.type()).isEqualTo(EntryType.ALLERGY);
        assertThat(allergy.freeText()).isEqualTo("Reaction: Rash, Wheeze");
    }

    @Test
    void givenResourcesMissingWhatAnEntryNeeds_whenMapped_thenRefusedSayingWhat() {
        assertThatThrownBy(() -> FhirEntries.entry(new FhirResource(0, "Condition", "k", false,
                Map.of("onsetDateTime", "2020-01-01")), SOURCE)).hasMessageContaining("code");
        assertThatThrownBy(() -> FhirEntries.entry(new FhirResource(0, "Immunization", "k", false,
                Map.of("vaccineCode", Map.of("text", "Flu"))), SOURCE)).hasMessageContaining("date");
    }

    private static FhirResource condition(String status, boolean restricted) {
        return new FhirResource(0, "Condition", "https://x|c-1", restricted, Map.of(
                "clinicalStatus", Map.of("coding", List.of(Map.of("code", status))),
                "code", Map.of("coding", List.of(Map.of("system", FhirEntries.SNOMED, "code", "195967001",
                        "display", "Asthma"))),
                "onsetDateTime", "2015-04-01"));
    }
}
