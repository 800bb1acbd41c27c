package org.citizenservices.it;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.citizenservices.it.support.DemoApps;
import org.citizenservices.it.support.DemoPracticeHost;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.PatientApiCalls.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record routes of the patient API on the real host with the demo records: the mandated statement on every
 * answer, each level's sections (403 above it), free text only at FULL, the two restricted entries never appearing
 * at any level or in any count, unreviewed documents invisible and their files unreachable by guessed ids, and a
 * proxy reading at the child's own level.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class RecordApiIT {

    static final String STATEMENT = "This is a limited view of the Patient Record and may not include any free text. "
            + "Information that is considered to be sensitive or that existed before the creation of this service may "
            + "not be available for viewing online.";
    static final Set<String> RESTRICTED = Set.of("Termination of pregnancy", "Domestic abuse concern");
    static final List<String> SECTIONS = List.of("ALLERGIES", "MEDICATIONS", "PROBLEMS", "CONSULTATIONS",
            "IMMUNISATIONS", "DOCUMENTS", "TEST_RESULTS", "ADMINISTRATIVE");
    /** The lowest level showing each section, as the guidance's levels are read in docs/domain.md. */
    static final Map<String, RecordAccessLevel> SHOWN_FROM = Map.of("ALLERGIES", RecordAccessLevel.SUMMARY,
            "MEDICATIONS", RecordAccessLevel.SUMMARY, "PROBLEMS", RecordAccessLevel.DETAILED_CODED,
            "CONSULTATIONS", RecordAccessLevel.DETAILED_CODED, "IMMUNISATIONS", RecordAccessLevel.DETAILED_CODED,
            "DOCUMENTS", RecordAccessLevel.DOCUMENTS, "TEST_RESULTS", RecordAccessLevel.FULL,
            "ADMINISTRATIVE", RecordAccessLevel.FULL);

    @RegisterExtension
    static final DemoPracticeHost demo = DemoPracticeHost.withModule("record", Layout.recordJar());
    static final DemoApps apps = demo.apps();
    static StaffMember manager;

    @BeforeAll
    static void openSession() throws Exception {
        manager = demo.host().core().staffSignIn().signIn("manager", "Practice-Demo-2026!");
    }

    @AfterEach
    void janeBackToFull() {
        setJane(RecordAccessLevel.FULL, null);
        newEntryAccess(true);
    }

    /** The practice's switch of new-entry access (the demo practice has had it since 31 October 2023). */
    static void newEntryAccess(boolean on) {
        demo.host().core().practices().putSetting(manager, "record.newEntriesOnline", Boolean.toString(on));
    }

    static void setJane(RecordAccessLevel level, LocalDate from) {
        demo.host().core().patients().setRecordAccess(manager, demo.host().core().patients().demoPatientId("9990000018").orElseThrow(), level,
                from);
    }

    static Answer record(String link, String query) throws Exception {
        return apps.call("GET", "/patients/" + link + "/record" + query, apps.janeToken(), null);
    }

    static List<JsonNode> items(Answer answer) {
        List<JsonNode> items = new ArrayList<>();
        answer.body().get("items").forEach(items::add);
        return items;
    }

    @Test
    void janesDownloads_holdWhatHerRecordShows_asValidFhirR4_andAsAPdf() throws Exception {
        Answer page = record(apps.jane(), "?limit=500");
        Answer fhir = record(apps.jane(), "/export?format=fhir");

        assertThat(fhir.status()).as(fhir.detail()).isEqualTo(200);
        assertThat(fhir.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
        assertThat(fhir.raw().headers().firstValue("Content-Disposition").orElse("")).contains("gp-record-");
        org.hl7.fhir.r4.model.Bundle bundle = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.Bundle.class, fhir.raw().body());
        assertThat(org.citizenservices.it.support.FhirValidity.errors(bundle)).isEmpty();
        // the Patient, then one resource per item the page shows: never more
        assertThat(bundle.getEntry()).hasSize(1 + page.body().get("total").asInt());
        assertThat(fhir.raw().body()).doesNotContain("Termination", "abuse", "vitamin D", "Hospital discharge");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + demo.host().port() + "/api/v1/patients/" + apps.jane()
                                + "/record/export?format=pdf"))
                .header("Authorization", "Bearer " + apps.janeToken()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(record(apps.jane(), "/export?format=docx").status()).isEqualTo(400);
    }

    @Test
    void janeAtFull_readsHerRecordWithTheStatement_andNeitherRestrictedEntryIsThereOrCounted() throws Exception {
        Answer all = record(apps.jane(), "?limit=500");

        assertThat(all.status()).as(all.detail()).isEqualTo(200);
        assertThat(all.body().get("statement").asText()).isEqualTo(STATEMENT);
        assertThat(all.body().get("accessLevel").asText()).isEqualTo("FULL");
        List<JsonNode> items = items(all);
        assertThat(items).extracting(i -> i.get("term").asText())
                .contains("Asthma", "Essential hypertension", "Allergy to penicillin", "Ramipril 5mg capsules",
                        "Blood test results letter")
                .doesNotContainAnyElementsOf(RESTRICTED)
                .doesNotContain("Hospital discharge summary")
                // back from the laboratory, not yet filed by a clinician
                .doesNotContain("Serum vitamin D level");
        assertThat(all.body().get("total").asLong()).isEqualTo(items.size());
        assertThat(all.raw().body()).doesNotContain("abuse", "Termination", "safeguarding", "vitamin D");
        JsonNode ramipril = items.stream().filter(i -> i.get("term").asText().startsWith("Ramipril")).findFirst()
                .orElseThrow();
        assertThat(ramipril.get("problem").asText()).isEqualTo("Essential hypertension");
        assertThat(ramipril.get("details").asText()).contains("One capsule once a day");
        assertThat(ramipril.get("source").get("user").asText()).isEqualTo("Dr Asha Patel");
        assertThat(ramipril.get("result").isNull()).isTrue();
        // a result with its particulars, for an app to group by request and show the flag and comment as given
        JsonNode raised = items.stream().filter(i -> i.get("term").asText().equals("Haemoglobin A1c level")
                && i.get("result").get("value").asText().equals("44")).findFirst().orElseThrow();
        assertThat(raised.get("result").get("unit").asText()).isEqualTo("mmol/mol");
        assertThat(raised.get("result").get("referenceRange").asText()).isEqualTo("20-41");
        assertThat(raised.get("result").get("flag").asText()).isEqualTo("HIGH");
        assertThat(raised.get("result").get("flagText").asText()).isEqualTo("High");
        assertThat(raised.get("result").get("comment").asText())
                .isEqualTo("Slightly raised: please book a review with the practice nurse.");
        assertThat(raised.get("result").get("request").asText()).isEqualTo("HbA1c");
        assertThat(items).filteredOn(i -> "Urea and electrolytes".equals(i.path("result").path("request").asText()))
                .extracting(i -> i.get("term").asText())
                .containsExactlyInAnyOrder("Serum potassium level", "Estimated glomerular filtration rate");
    }

    @Test
    void everyLevelAndSection_showsOnlyItsSections_freeTextOnlyAtFull_andNeverARestrictedEntry() throws Exception {
        // the R8 levels alone, as for a practice without new-entry access
        newEntryAccess(false);
        for (RecordAccessLevel level : RecordAccessLevel.values()) {
            setJane(level, null);
            for (String section : SECTIONS) {
                Answer answer = record(apps.jane(), "?section=" + section + "&limit=500");
                String where = level + " " + section;
                assertThat(answer.body().has("statement") || answer.status() == 403).as(where).isTrue();
                if (level.includes(SHOWN_FROM.get(section))) {
                    assertThat(answer.status()).as(where + ": " + answer.detail()).isEqualTo(200);
                    assertThat(answer.body().get("statement").asText()).as(where).isEqualTo(STATEMENT);
                    assertThat(items(answer)).as(where).isNotEmpty()
                            .allSatisfy(i -> assertThat(i.get("section").asText()).isEqualTo(section))
                            .noneSatisfy(i -> assertThat(RESTRICTED).contains(i.get("term").asText()));
                    if (level != RecordAccessLevel.FULL) {
                        assertThat(items(answer)).as(where).allSatisfy(i -> {
                            assertThat(i.get("freeText").isNull()).isTrue();
                            assertThat(i.get("annotation").isNull()).isTrue();
                        });
                    }
                } else {
                    assertThat(answer.status()).as(where).isEqualTo(403);
                    assertThat(answer.raw().body()).doesNotContain("Asthma", "Allergy");
                }
            }
            Answer everything = record(apps.jane(), "?limit=500");
            assertThat(items(everything)).as(level.name())
                    .allSatisfy(i -> assertThat(level.includes(SHOWN_FROM.get(i.get("section").asText()))).isTrue())
                    .noneSatisfy(i -> assertThat(RESTRICTED).contains(i.get("term").asText()));
        }
    }

    @Test
    void atFull_consultationsCarryTheirNotes_andTheProblemIsNamed() throws Exception {
        List<JsonNode> consultations = items(record(apps.jane(), "?section=CONSULTATIONS&sort=problem&limit=500"));

        assertThat(consultations).hasSize(10);
        assertThat(consultations).allSatisfy(c -> assertThat(c.get("freeText").asText()).isNotBlank());
        // sorted by problem: the asthma reviews first, then blood pressure, then those without a problem
        assertThat(consultations.get(0).get("problem").asText()).isEqualTo("Asthma");
        assertThat(consultations.get(consultations.size() - 1).get("problem").isNull()).isTrue();
        // what was coded in a consultation comes with it
        assertThat(consultations).filteredOn(c -> c.get("term").asText().equals("Influenza vaccination clinic"))
                .singleElement().satisfies(c -> assertThat(c.get("codedEntries").get(0).asText())
                        .isEqualTo("Seasonal influenza vaccination"));
        assertThat(consultations).filteredOn(c -> c.get("term").asText().equals("Raised blood pressure"))
                .singleElement().satisfies(c -> assertThat(c.get("codedEntries").get(0).asText())
                        .isEqualTo("Essential hypertension"));
    }

    @Test
    void aStartDate_hidesOlderData_andTheReviewedLetterStays() throws Exception {
        setJane(RecordAccessLevel.FULL, LocalDate.of(2024, 1, 1));

        List<JsonNode> consultations = items(record(apps.jane(), "?section=CONSULTATIONS&limit=500"));

        assertThat(consultations).isNotEmpty().allSatisfy(c ->
                assertThat(c.get("effectiveAt").asText().compareTo("2024-01-01")).isGreaterThanOrEqualTo(0));
        assertThat(items(record(apps.jane(), "?section=DOCUMENTS"))).extracting(d -> d.get("term").asText())
                .containsExactly("Blood test results letter");
    }

    @Test
    void documents_onlyTheReviewedOne_isListedAndOpens_andNoGuessedIdOpensAnother() throws Exception {
        Answer listed = apps.call("GET", "/patients/" + apps.jane() + "/documents", apps.janeToken(), null);
        assertThat(listed.status()).as(listed.detail()).isEqualTo(200);
        assertThat(listed.body().get("statement").asText()).isEqualTo(STATEMENT);
        assertThat(listed.body().get("documents")).hasSize(1);
        String letterId = listed.body().get("documents").get(0).get("documentId").asText();
        assertThat(listed.body().get("documents").get(0).get("title").asText()).isEqualTo("Blood test results letter");

        HttpClient http = HttpClient.newHttpClient();
        List<String> opened = new ArrayList<>();
        for (int id = 1; id <= 3_000; id += id < 60 ? 1 : 97) {
            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + demo.host().port()
                            + "/api/v1/patients/" + apps.jane() + "/documents/" + id + "/content"))
                    .header("Authorization", "Bearer " + apps.janeToken()).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (file.statusCode() == 200) {
                opened.add(Integer.toString(id));
                assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
                assertThat(new String(file.body(), 0, 5)).isEqualTo("%PDF-");
            } else {
                assertThat(file.statusCode()).isEqualTo(404);
            }
        }
        assertThat(opened).containsExactly(letterId);
    }

    @Test
    void belowDocuments_theDocumentRoutesAreRefused() throws Exception {
        newEntryAccess(false);
        setJane(RecordAccessLevel.DETAILED_CODED, null);

        assertThat(apps.call("GET", "/patients/" + apps.jane() + "/documents", apps.janeToken(),
                null).status()).isEqualTo(403);
    }

    /** First: switching the practice's new-entry access off and on again (as other tests do) starts it afresh today. */
    @Test
    @org.junit.jupiter.api.Order(1)
    void atSummary_janeSeesEverythingSinceHerAccountBegan_inFull_exceptTheRestricted() throws Exception {
        setJane(RecordAccessLevel.SUMMARY, null);

        Answer everything = record(apps.jane(), "?limit=500");
        assertThat(everything.status()).as(everything.detail()).isEqualTo(200);
        assertThat(everything.body().get("accessLevel").asText()).isEqualTo("SUMMARY");
        assertThat(everything.body().get("newEntriesFrom").asText()).isEqualTo("2024-02-05");
        assertThat(items(everything)).isNotEmpty().allSatisfy(i -> assertThat(
                        Set.of("ALLERGIES", "MEDICATIONS").contains(i.get("section").asText())
                                || i.get("effectiveAt").asText().compareTo("2024-02-05") >= 0)
                .as(i.get("term").asText()).isTrue())
                .noneSatisfy(i -> assertThat(RESTRICTED).contains(i.get("term").asText()));
        // a section above her level opens, with the new entries only, in full
        List<JsonNode> consultations = items(record(apps.jane(), "?section=CONSULTATIONS&limit=500"));
        assertThat(consultations).extracting(c -> c.get("term").asText())
                .contains("Influenza vaccination clinic", "Blood pressure review", "Asthma review");
        assertThat(consultations).allSatisfy(c -> {
            assertThat(c.get("effectiveAt").asText().compareTo("2024-02-05")).isGreaterThanOrEqualTo(0);
            assertThat(c.get("freeText").asText()).isNotBlank();
        });
        // older entries of her level carry no free text
        assertThat(items(everything)).filteredOn(i -> i.get("effectiveAt").asText().compareTo("2024-02-05") < 0)
                .isNotEmpty().allSatisfy(i -> assertThat(i.get("freeText").isNull()).isTrue());

        newEntryAccess(false);
        Answer off = record(apps.jane(), "?limit=500");
        assertThat(off.body().get("newEntriesFrom").isNull()).isTrue();
        assertThat(record(apps.jane(), "?section=CONSULTATIONS").status()).isEqualTo(403);
    }

    @Test
    void janeForSam_readsAtSamsOwnLevel_summaryOnly() throws Exception {
        Answer summary = record(apps.sam(), "");
        assertThat(summary.status()).as(summary.detail()).isEqualTo(200);
        assertThat(summary.body().get("accessLevel").asText()).isEqualTo("SUMMARY");
        // new-entry access is the patient's own, never a proxy's
        assertThat(summary.body().get("newEntriesFrom").isNull()).isTrue();
        assertThat(items(summary)).extracting(i -> i.get("term").asText()).containsExactly("Allergy to peanuts");

        assertThat(record(apps.sam(), "?section=IMMUNISATIONS").status()).isEqualTo(403);
    }

    @Test
    void badParameters_areA400_withAProblem() throws Exception {
        for (String query : List.of("?section=EVERYTHING", "?sort=alphabet", "?offset=-1", "?limit=0", "?limit=501",
                "?limit=ten")) {
            Answer answer = record(apps.jane(), query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void aPage_holdsTheLimit_andTheTotalCountsOnlyWhatIsShown() throws Exception {
        Answer page = record(apps.jane(), "?limit=2&offset=1");

        assertThat(items(page)).hasSize(2);
        assertThat(page.body().get("offset").asInt()).isEqualTo(1);
        assertThat(page.body().get("total").asLong()).isEqualTo(items(record(apps.jane(), "?limit=500")).size());
    }

    @Test
    void removingTheModule_takesItsRoutesAway_andRedeployingShowsTheSameRecord() throws Exception {
        List<String> before = items(record(apps.jane(),
                "?limit=500")).stream().map(i -> i.get("itemId").asText()).toList();

        demo.remove("record");
        try {
            assertThat(record(apps.jane(), "").status()).isEqualTo(404);
            assertThat(apps.call("GET", "/openapi.json", null, null).raw().body()).doesNotContain("/record");
        } finally {
            demo.deploy("record", Layout.recordJar());
        }

        assertThat(items(record(apps.jane(), "?limit=500")).stream().map(i -> i.get("itemId").asText()).toList())
                .isEqualTo(before);
    }
}
