package org.citizenservices.record.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.spi.ApiProblem;
import org.citizenservices.spi.Capability;
import org.citizenservices.spi.RecordAccessLevel;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.ViewContribution;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.testkit.bundle.CapabilityBundleTest;
import org.citizenservices.testkit.bundle.RunningCapability;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;

import java.time.LocalDate;
import java.util.List;

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

    @Test
    public void resolvesAgainstTheHostsPackages_andTheSpiItWasBuiltFor() {
        assertEquals(1, installed().assertResolved().getMajor());
    }

    @Test
    public void registersItsCapability_withItsViewsAndMigrations() {
        Capability capability = installed().capability();

        assertEquals("record", capability.id());
        assertEquals("RECORD", capability.service().key());
        assertEquals("View Record", capability.displayName());
        assertEquals(List.of("record", "practice/record"),
                capability.views().stream().map(ViewContribution::path).toList());
        assertEquals(List.of("V1__record.sql", "V2__consultation_entries.sql"), installed().migrations());
    }

    @Test
    public void readsTheRecord_atTheLevelTheAccessRuleGives() {
        TestServiceAccess access = new TestServiceAccess();
        try (RunningCapability running = installed().start(access)) {
            assertEquals(List.of("GET record", "GET documents", "GET documents/{documentId}/content"),
                    running.routes());
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

    @Test
    public void leavesNoServiceBehind_whenStoppedOrUninstalled() {
        installed().assertLeavesNoServiceBehind();
    }
}
