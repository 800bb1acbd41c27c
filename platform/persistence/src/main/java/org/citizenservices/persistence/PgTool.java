package org.citizenservices.persistence;

import org.postgresql.Driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs one of PostgreSQL's client programs (pg_dump, pg_restore) on the database the settings name. The connection
 * goes in the PG* environment variables — the password never on a command line, where {@code ps} would show it.
 */
final class PgTool {

    private PgTool() {
    }

    static void run(DatabaseSettings settings, List<String> command) {
        Properties url = Driver.parseURL(settings.url(), new Properties());
        if (url == null) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + settings.url());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        // the driver parses a list of hosts; the tools take the first
        environment.put("PGHOST", url.getProperty("PGHOST", "localhost").split(",")[0]);
        environment.put("PGPORT", url.getProperty("PGPORT", "5432").split(",")[0]);
        environment.put("PGDATABASE", url.getProperty("PGDBNAME"));
        if (settings.user() != null) {
            environment.put("PGUSER", settings.user());
        }
        if (settings.password() != null) {
            environment.put("PGPASSWORD", settings.password());
        }
        List<String> withDatabase = new ArrayList<>(command);
        withDatabase.add(1, "--dbname=" + url.getProperty("PGDBNAME"));
        builder.command(withDatabase);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(command.get(0) + " failed (exit " + exit + "): " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0) + " (is PostgreSQL's client installed?"
                    + " Debian: apt-get install postgresql-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.get(0) + " was interrupted", e);
        }
    }
}
