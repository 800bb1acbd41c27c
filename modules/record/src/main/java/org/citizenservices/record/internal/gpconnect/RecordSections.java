package org.citizenservices.record.internal.gpconnect;

import org.citizenservices.record.internal.RecordSection;
import org.citizenservices.record.internal.ViewRecord;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.StructuredRecordSection;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The record's parts of GP Connect's structured record, one per parameter of {@code $gpc.getstructuredrecord}, each
 * a List coded as the specification codes it. A section above the patient's View Record level is refused by
 * {@link ViewRecord} and answered by the host as a warning in the Bundle.
 */
public final class RecordSections {

    private static final List<RecordSectionList.Heading> HEADINGS = List.of(
            new RecordSectionList.Heading("includeAllergies", RecordSection.ALLERGIES, "886921000000105",
                    "Allergies and adverse reactions"),
            new RecordSectionList.Heading("includeMedication", RecordSection.MEDICATIONS, "933361000000108",
                    "Medications and medical devices"),
            new RecordSectionList.Heading("includeProblems", RecordSection.PROBLEMS, "717711000000103", "Problems"),
            new RecordSectionList.Heading("includeImmunizations", RecordSection.IMMUNISATIONS, "1102181000000102",
                    "Immunisations"),
            new RecordSectionList.Heading("includeConsultations", RecordSection.CONSULTATIONS, "1149501000000101",
                    "List of consultations"),
            new RecordSectionList.Heading("includeInvestigations", RecordSection.TEST_RESULTS, "887191000000108",
                    "Investigations and results"));

    private RecordSections() {
    }

    public static List<StructuredRecordSection> of(Supplier<ViewRecord> record, ServiceAccess access,
                                                   Clock practiceClock) {
        return HEADINGS.stream().map(heading -> (StructuredRecordSection)
                new RecordSectionList(heading, record, access, practiceClock)).toList();
    }
}
