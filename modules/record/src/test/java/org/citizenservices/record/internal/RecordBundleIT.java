package org.citizenservices.record.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.testkit.bundle.CapabilityBundleTest;
import org.citizenservices.testkit.bundle.ExpectedCapability;
import org.citizenservices.testkit.bundle.RunningCapability;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;

import java.time.LocalDate;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

/**
 * The built View Record bundle in a real Felix framework that exports what the host exports: it resolves, registers
 * its capability, reads the record at the level the access rule gives and leaves no service behind. Runs inside the
 * framework (Pax Exam, JUnit 4): the module only through the SPI.
 */
@RunWith(PaxExam.class)
public class RecordBundleIT extends CapabilityBundleTest {

    private static final ExpectedCapability VIEW_RECORD =
            ExpectedCapability.of("record", "RECORD", "View Record")
                    .views("record", "practice/record", "practice/record-requests")
                    .migrations("V1__record.sql", "V2__consultation_entries.sql", "V3__imported_entries.sql",
                            "V4__document_hashes.sql", "V5__filed_results.sql", "V6__result_details.sql",
                            "V7__access_requests.sql", "V8__new_entry_access.sql")
                    .routes("GET record", "GET record/export", "GET documents", "GET documents/{documentId}/content");

    @Test
    public void isTheCapabilityItDeclares_resolvedAgainstTheHostsPackages() {
        installed().assertIs(VIEW_RECORD);
    }

    @Test
    public void readsTheRecord_atTheLevelTheAccessRuleGives() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            long patient = access.newPatient(true);
            access.configure(patient, RecordAccessLevel.SUMMARY, LocalDate.of(2020, 1, 1));

            JsonNode allergies = running.get("record?section=allergies");
            assertEquals("SUMMARY", allergies.path("accessLevel").asText());
            assertFalse(allergies.path("statement").asText().isBlank());
            assertEquals(0, allergies.path("items").size());
            ApiProblem noSuchSection = assertThrows(ApiProblem.class, () -> running.get("record?section=diary"));
            assertEquals(400, noSuchSection.status());

            access.available(false);
            assertThrows(ServiceNotAvailableException.class, () -> running.get("record"));
        }
    }

    /** PDFBox lives inside the bundle: its fonts' metrics are read through the bundle's own class loader. */
    @Test
    public void writesTheDownloadedRecord_asAPdfAndAsFhir_insideTheFramework() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            long patient = access.newPatient(true);
            access.configure(patient, RecordAccessLevel.FULL, null);

            JsonNode pdf = running.get("record/export?format=pdf");
            assertEquals("application/pdf", pdf.path("contentType").asText());
            byte[] content = java.util.Base64.getDecoder().decode(pdf.path("content").asText());
            assertEquals("%PDF-", new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
            JsonNode fhir = running.get("record/export?format=fhir");
            assertEquals("application/fhir+json", fhir.path("contentType").asText());
            ApiProblem noFormat = assertThrows(ApiProblem.class, () -> running.get("record/export"));
            assertEquals(400, noFormat.status());
        }
    }

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
