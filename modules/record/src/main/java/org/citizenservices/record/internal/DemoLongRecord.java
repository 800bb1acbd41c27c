package org.citizenservices.record.internal;

import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's long record (Arthur Elder: 2 400 entries over 40 years, every section, some restricted, a third of the
 * letters unreviewed), written in JDBC batches. One {@code persist} per entry reads each identity key back row by
 * row, which made this record most of a first start's seeding; here the entries go in one batch and their letters'
 * files in another, in the unit of work's own transaction.
 */
final class DemoLongRecord {

    static final int ENTRIES = 2_400;

    private static final String INSERT_ENTRY = "INSERT INTO ENTRY (PRACTICE_ODS, PATIENT_ID, SECTION, ENTRY_TYPE,"
            + " SNOMED_ID, TERM, FREE_TEXT, EFFECTIVE_AT, SOURCE_ORGANISATION, SOURCE_SYSTEM, SOURCE_USER, SOURCE_ROLE,"
            + " DOSAGE, QUANTITY, RESULT_VALUE, RESULT_UNIT, REFERENCE_RANGE, RESULT_FLAG, RESULT_REQUEST, RESTRICTED,"
            + " CONTENT_TYPE, CONTENT_SIZE, CONTENT_SHA256, REVIEWED_AT, REVIEWED_BY, FILED_AT, FILED_BY, RECORDED_AT,"
            + " RECORDED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?)";
    private static final int PER_BATCH = 500;

    private static final EntryType[] TYPES = {EntryType.CONSULTATION, EntryType.CONSULTATION, EntryType.CONSULTATION,
            EntryType.PATHOLOGY_RESULT, EntryType.PATHOLOGY_RESULT, EntryType.ACUTE_MEDICATION,
            EntryType.REPEAT_MEDICATION, EntryType.IMMUNISATION, EntryType.PAST_PROBLEM, EntryType.ALLERGY,
            EntryType.ADMINISTRATIVE_NOTE, EntryType.CLINICAL_DOCUMENT};

    private DemoLongRecord() {
    }

    /** One generated entry, with its letter's file when it is a document (a third of them not yet reviewed). */
    private record Generated(NewEntry entry, byte[] letter, LocalDateTime reviewedAt) {
    }

    /** Writes the record for {@code patientId}; returns how many entries. */
    static int write(EntityManager em, String practiceOds, long patientId, Source gp, Source nurse, Source lab) {
        List<Generated> entries = generate(gp, nurse, lab);
        // the unit of work's own connection and transaction: the entries commit (or roll back) with the rest
        Connection connection = em.unwrap(Connection.class);
        try {
            insertEntries(connection, practiceOds, patientId, entries);
            insertLetters(connection, patientId, entries);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the demo's long record: " + e.getMessage(), e);
        }
        return entries.size();
    }

    private static List<Generated> generate(Source gp, Source nurse, Source lab) {
        LocalDateTime start = LocalDateTime.of(1985, 1, 7, 9, 0);
        List<Generated> generated = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            EntryType type = TYPES[i % TYPES.length];
            LocalDateTime when = start.plusDays(i * 6L);
            NewEntry entry = switch (type.section()) {
                case MEDICATIONS -> NewEntry.medicine(type, null, "Amoxicillin 500mg capsules (course " + i + ")", when,
                        gp, "One capsule three times a day", "15 capsule");
                case TEST_RESULTS -> NewEntry.coded(type, "271026005", "Haemoglobin concentration", when, lab)
                        .withResult(new TestResult(Integer.toString(120 + i % 30), "g/L", "130-180",
                                120 + i % 30 < 130 ? ResultFlag.LOW : ResultFlag.NORMAL, null, "Full blood count"));
                default -> NewEntry.coded(type, null, type.label() + " " + (i + 1), when, i % 2 == 0 ? gp : nurse)
                        .withFreeText("Entry " + (i + 1) + " of Arthur's generated record.");
            };
            if (i % 97 == 0) {
                entry = entry.markedRestricted();
            }
            byte[] letter = type.isDocument()
                    ? ("Letter " + (i + 1) + " about Arthur Elder.\n").getBytes(StandardCharsets.UTF_8) : null;
            LocalDateTime reviewed = type.isDocument() && (i / TYPES.length) % 3 != 0 ? when.plusDays(1) : null;
            generated.add(new Generated(entry, letter, reviewed));
        }
        return generated;
    }

    private static void insertEntries(Connection connection, String practiceOds, long patientId,
                                      List<Generated> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
            int[] types = parameterTypes(insert);
            int batched = 0;
            for (Generated generated : entries) {
                NewEntry entry = generated.entry();
                boolean result = entry.type().section() == RecordSection.TEST_RESULTS;
                TestResult particulars = result ? entry.result() : TestResult.of(null, null, null);
                Object[] values = {practiceOds, patientId, entry.type().section().name(), entry.type().name(),
                        entry.snomedId(), entry.term(), entry.freeText(), Timestamp.valueOf(entry.effectiveAt()),
                        entry.source().organisation(), entry.source().system(), entry.source().user(),
                        entry.source().role(), entry.dosage(), entry.quantity(), particulars.value(),
                        particulars.unit(), particulars.referenceRange(),
                        particulars.flag() == null ? null : particulars.flag().name(), particulars.request(),
                        entry.restricted(),
                        generated.letter() == null ? null : "text/plain",
                        generated.letter() == null ? null : (long) generated.letter().length,
                        generated.letter() == null ? null : DocumentContent.sha256(generated.letter()),
                        generated.reviewedAt() == null ? null : Timestamp.valueOf(generated.reviewedAt()),
                        generated.reviewedAt() == null ? null : "Dr Asha Patel",
                        // every one of Arthur's results was filed by his GP the day after it came back
                        result ? Timestamp.valueOf(entry.effectiveAt().plusDays(1)) : null,
                        result ? "Dr Asha Patel" : null,
                        Timestamp.valueOf(entry.effectiveAt()), entry.source().user()};
                bind(insert, types, values);
                insert.addBatch();
                if (++batched % PER_BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The letters' files, keyed by their entries' ids: the documents in date order, as they were generated. */
    private static void insertLetters(Connection connection, long patientId, List<Generated> entries)
            throws SQLException {
        List<byte[]> letters = entries.stream().map(Generated::letter).filter(java.util.Objects::nonNull).toList();
        List<Long> ids = new ArrayList<>(letters.size());
        try (PreparedStatement select = connection.prepareStatement("SELECT ID FROM ENTRY WHERE PATIENT_ID = ?"
                + " AND ENTRY_TYPE = ? ORDER BY EFFECTIVE_AT, ID")) {
            select.setLong(1, patientId);
            select.setString(2, EntryType.CLINICAL_DOCUMENT.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        if (ids.size() != letters.size()) {
            throw new IllegalStateException("the long record's patient has documents of another kind");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO DOCUMENT_CONTENT (ENTRY_ID, CONTENT) VALUES (?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                insert.setLong(1, ids.get(i));
                insert.setBytes(2, letters.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The columns' SQL types, for the values that are null (the drivers want one). */
    private static int[] parameterTypes(PreparedStatement statement) throws SQLException {
        var metadata = statement.getParameterMetaData();
        int[] types = new int[metadata.getParameterCount()];
        for (int i = 0; i < types.length; i++) {
            types[i] = metadata.getParameterType(i + 1);
        }
        return types;
    }

    private static void bind(PreparedStatement statement, int[] types, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, types[i]);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }
}
