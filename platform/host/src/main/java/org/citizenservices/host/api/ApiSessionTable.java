package org.citizenservices.host.api;

import org.citizenservices.core.api.vua.SignedInCitizen;
import jakarta.persistence.EntityManagerFactory;
import org.citizenservices.spi.UnitsOfWork;
import org.citizenservices.core.api.vua.LinkageKind;
import org.citizenservices.host.persistence.HostSchema;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The host's {@code API_SESSION} table (schema {@code HOST}, {@code db/migration/host/}): the only class that knows
 * its SQL. Its writes are bookkeeping, which leaves the core's revision (and so every cache of access facts) alone.
 */
final class ApiSessionTable {

    private static final String TABLE = HostSchema.NAME + ".API_SESSION";
    private static final String CITIZEN_COLUMNS = "VUA_ID, ACCOUNT_ID, PRACTICE_ID, LINKAGE_ID, DISPLAY_NAME, CHANNEL,"
            + " APP_NAME";

    /** A session as its row has it. */
    record Row(SignedInCitizen citizen, Map<String, Long> patientLinks, Instant lastUsed) {
    }

    private final Supplier<EntityManagerFactory> hostTables;

    ApiSessionTable(Supplier<EntityManagerFactory> hostTables) {
        this.hostTables = hostTables;
    }

    void insert(String tokenHash, SignedInCitizen citizen, Map<String, Long> patientLinks, Instant lastUsed) {
        UnitsOfWork.write(hostTables.get(), em -> em.createNativeQuery("INSERT INTO " + TABLE + " (TOKEN_HASH, "
                        + CITIZEN_COLUMNS + ", PATIENT_LINKS, LAST_USED_MILLIS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, tokenHash)
                .setParameter(2, citizen.vuaId())
                .setParameter(3, citizen.accountId())
                .setParameter(4, citizen.practiceId())
                .setParameter(5, citizen.linkageId())
                .setParameter(6, citizen.displayName())
                .setParameter(7, citizen.channel().name())
                .setParameter(8, citizen.appName())
                .setParameter(9, encode(patientLinks))
                .setParameter(10, lastUsed.toEpochMilli())
                .executeUpdate());
    }

    Optional<Row> find(String tokenHash) {
        List<?> rows = UnitsOfWork.read(hostTables.get(), em -> em.createNativeQuery("SELECT " + CITIZEN_COLUMNS
                        + ", PATIENT_LINKS, LAST_USED_MILLIS FROM " + TABLE + " WHERE TOKEN_HASH = ?")
                .setParameter(1, tokenHash).getResultList());
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new Row(citizen(row, 0),
                decode((String) row[7]), Instant.ofEpochMilli(((Number) row[8]).longValue())));
    }

    /** The account's sessions by token hash. */
    Map<String, SignedInCitizen> ofAccount(long vuaId) {
        List<?> rows = UnitsOfWork.read(hostTables.get(), em -> em.createNativeQuery("SELECT TOKEN_HASH, "
                        + CITIZEN_COLUMNS
                + " FROM " + TABLE + " WHERE VUA_ID = ?").setParameter(1, vuaId).getResultList());
        Map<String, SignedInCitizen> sessions = new LinkedHashMap<>();
        rows.stream().map(Object[].class::cast).forEach(row -> sessions.put((String) row[0], citizen(row, 1)));
        return sessions;
    }

    void touch(String tokenHash, Instant lastUsed) {
        UnitsOfWork.write(hostTables.get(), em -> em.createNativeQuery("UPDATE " + TABLE
                        + " SET LAST_USED_MILLIS = ? WHERE TOKEN_HASH = ?")
                .setParameter(1, lastUsed.toEpochMilli()).setParameter(2, tokenHash).executeUpdate());
    }

    void delete(List<String> tokenHashes) {
        if (tokenHashes.isEmpty()) {
            return;
        }
        UnitsOfWork.write(hostTables.get(), em -> tokenHashes.stream().mapToInt(hash -> em.createNativeQuery(
                "DELETE FROM " + TABLE + " WHERE TOKEN_HASH = ?").setParameter(1, hash).executeUpdate()).sum());
    }

    void deleteUnusedSince(Instant cutoff) {
        UnitsOfWork.write(hostTables.get(), em -> em.createNativeQuery("DELETE FROM " + TABLE
                + " WHERE LAST_USED_MILLIS < ?").setParameter(1, cutoff.toEpochMilli()).executeUpdate());
    }

    private static SignedInCitizen citizen(Object[] row, int from) {
        return new SignedInCitizen(((Number) row[from]).longValue(), (String) row[from + 1],
                ((Number) row[from + 2]).longValue(), ((Number) row[from + 3]).longValue(), (String) row[from + 4],
                LinkageKind.valueOf((String) row[from + 5]), (String) row[from + 6]);
    }

    /** Patient link ids are URL-safe Base64, so neither separator can occur in them. */
    static String encode(Map<String, Long> patientLinks) {
        return patientLinks.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static Map<String, Long> decode(String encoded) {
        Map<String, Long> links = new LinkedHashMap<>();
        if (!encoded.isEmpty()) {
            for (String pair : encoded.split(";")) {
                int equals = pair.indexOf('=');
                links.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
            }
        }
        return links;
    }
}
