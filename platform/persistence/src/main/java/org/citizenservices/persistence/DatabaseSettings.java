package org.citizenservices.persistence;

import java.util.Locale;

/**
 * Which database the host uses: embedded Derby under the data folder (the default, for a practice trying the
 * product), or a PostgreSQL server named by a JDBC URL (production, and the only way to run more than one node).
 * The password is never part of {@link #toString()}, so settings can be logged.
 */
public record DatabaseSettings(String url, String user, String password) {

    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    public DatabaseSettings {
        url = blankToNull(url);
        user = blankToNull(user);
        password = password == null || password.isEmpty() ? null : password;
        if (url != null && !url.toLowerCase(Locale.ROOT).startsWith(POSTGRESQL_PREFIX)) {
            throw new IllegalArgumentException("The database URL must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.example.nhs.uk:5432/citizen_services (leave it out for embedded Derby)");
        }
        if (url == null && (user != null || password != null)) {
            throw new IllegalArgumentException("A database user or password needs a database URL as well");
        }
    }

    /** Embedded Derby in the data folder. */
    public static DatabaseSettings embedded() {
        return new DatabaseSettings(null, null, null);
    }

    public boolean isEmbedded() {
        return url == null;
    }

    @Override
    public String toString() {
        return isEmbedded() ? "embedded Derby" : url + (user == null ? "" : " as " + user);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
