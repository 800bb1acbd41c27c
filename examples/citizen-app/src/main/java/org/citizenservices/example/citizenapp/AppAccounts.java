package org.citizenservices.example.citizenapp;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The app's own Online Service Accounts (R8: username and password, security questions, registered devices) and the
 * access identity each got when linked to a practice's account — in the app's own embedded database, apart from
 * the platform's. One connection per call: the app is small, and Derby's embedded connections are cheap.
 */
final class AppAccounts {

    /** An account; {@code identity} is the encrypted access identity, or null before linking. */
    record Account(long id, String username, String passwordHash, List<String> questions, List<String> answerHashes,
                   byte[] identity) {

        boolean linked() {
            return identity != null;
        }
    }

    private final String url;

    AppAccounts(Path data) throws SQLException {
        this.url = "jdbc:derby:" + data.resolve("accounts").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url + ";create=true"); Statement ddl = db.createStatement()) {
            if (!db.getMetaData().getTables(null, null, "OSA_ACCOUNT", null).next()) {
                ddl.execute("CREATE TABLE OSA_ACCOUNT (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, USERNAME"
                        + " VARCHAR(60) NOT NULL UNIQUE, PASSWORD_HASH VARCHAR(120) NOT NULL, QUESTION_1 VARCHAR(200)"
                        + " NOT NULL, ANSWER_1 VARCHAR(120) NOT NULL, QUESTION_2 VARCHAR(200) NOT NULL, ANSWER_2"
                        + " VARCHAR(120) NOT NULL, IDENTITY_SEALED VARCHAR(200) FOR BIT DATA, CREATED_AT TIMESTAMP"
                        + " NOT NULL)");
                ddl.execute("CREATE TABLE DEVICE (TOKEN_HASH VARCHAR(60) NOT NULL PRIMARY KEY, ACCOUNT_ID BIGINT NOT"
                        + " NULL REFERENCES OSA_ACCOUNT (ID), CREATED_AT TIMESTAMP NOT NULL)");
            }
        }
    }

    /** A new account; empty when the username is taken. */
    Optional<Long> create(String username, String passwordHash, List<String> questions, List<String> answers) {
        return write("INSERT INTO OSA_ACCOUNT (USERNAME, PASSWORD_HASH, QUESTION_1, ANSWER_1, QUESTION_2, ANSWER_2,"
                + " CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, username);
            statement.setString(2, passwordHash);
            statement.setString(3, questions.get(0));
            statement.setString(4, answers.get(0));
            statement.setString(5, questions.get(1));
            statement.setString(6, answers.get(1));
            statement.setTimestamp(7, Timestamp.from(Instant.now()));
        });
    }

    Optional<Account> byUsername(String username) {
        return read("SELECT * FROM OSA_ACCOUNT WHERE USERNAME = ?", username);
    }

    Optional<Account> byId(long id) {
        return read("SELECT * FROM OSA_ACCOUNT WHERE ID = ?", id);
    }

    void linked(long id, byte[] sealedIdentity) {
        write("UPDATE OSA_ACCOUNT SET IDENTITY_SEALED = ? WHERE ID = ?", statement -> {
            statement.setBytes(1, sealedIdentity);
            statement.setLong(2, id);
        });
    }

    void registerDevice(long accountId, String tokenHash) {
        write("INSERT INTO DEVICE (TOKEN_HASH, ACCOUNT_ID, CREATED_AT) VALUES (?, ?, ?)", statement -> {
            statement.setString(1, tokenHash);
            statement.setLong(2, accountId);
            statement.setTimestamp(3, Timestamp.from(Instant.now()));
        });
    }

    boolean knowsDevice(long accountId, String tokenHash) {
        try (Connection db = DriverManager.getConnection(url);
             PreparedStatement query = db.prepareStatement("SELECT 1 FROM DEVICE WHERE TOKEN_HASH = ? AND ACCOUNT_ID"
                     + " = ?")) {
            query.setString(1, tokenHash);
            query.setLong(2, accountId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The app's database cannot be read", e);
        }
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Optional<Long> write(String sql, Binding binding) {
        try (Connection db = DriverManager.getConnection(url);
             PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            binding.bind(statement);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? Optional.of(keys.getLong(1)) : Optional.empty();
            }
        } catch (SQLIntegrityConstraintViolationException taken) {
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("The app's database cannot be written", e);
        }
    }

    private Optional<Account> read(String sql, Object key) {
        try (Connection db = DriverManager.getConnection(url); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                List<String> questions = new ArrayList<>(List.of(row.getString("QUESTION_1"),
                        row.getString("QUESTION_2")));
                return Optional.of(new Account(row.getLong("ID"), row.getString("USERNAME"),
                        row.getString("PASSWORD_HASH"), questions, List.of(row.getString("ANSWER_1"),
                        row.getString("ANSWER_2")), row.getBytes("IDENTITY_SEALED")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The app's database cannot be read", e);
        }
    }
}
