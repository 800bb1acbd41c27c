package org.citizenservices.it;

import org.citizenservices.it.support.DemoLetters;
import com.fasterxml.jackson.databind.JsonNode;
import org.citizenservices.it.support.DistributionProcess;
import org.citizenservices.it.support.Layout;
import org.citizenservices.it.support.MachineTools;
import org.citizenservices.it.support.PatientApiCalls;
import org.citizenservices.it.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/citizen-services backup DIR} while the node serves, then {@code restore DIR} with it stopped: the
 * database is as it was at the backup — a booking made before it is there, one made after it is not. On embedded
 * Derby (the running node's online backup) and on PostgreSQL ({@code pg_dump}/{@code pg_restore}).
 */
class BackupRestoreIT {

    @TempDir
    Path dir;

    @Test
    void givenABackupTakenWhileServing_whenRestoredWithTheNodeStopped_thenTheDatabaseIsAsAtTheBackup()
            throws Exception {
        if (TestDatabases.postgresql()) {
            MachineTools.require("pg_dump", "postgresql-client", "backup and restore on PostgreSQL");
        }
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups/monday");
        String access;
        String beforeBackup;
        String afterBackup;

        DistributionProcess node = DistributionProcess.startWithAppointments(dir, "BackupRestoreIT-1");
        try {
            PatientApiCalls api = new PatientApiCalls(node.port());
            access = api.link(DemoLetters.JANE);
            JsonNode session = api.session(access);
            beforeBackup = book(api, session, 0);

            Result backup = command("backup", backups, data);
            assertThat(backup.exit()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("ackup");

            afterBackup = book(api, session, 1);
            Result refused = command("restore", backups, data);
            assertThat(refused.exit()).as("a restore under a running node is refused").isEqualTo(2);
            assertThat(refused.output()).contains("stop");
        } finally {
            node.close();
        }

        Result restored = command("restore", backups, data);
        assertThat(restored.exit()).as(restored.output()).isZero();

        DistributionProcess again = DistributionProcess.startWithAppointments(dir, "BackupRestoreIT-2");
        try {
            PatientApiCalls api = new PatientApiCalls(again.port());
            JsonNode session = api.session(access);
            PatientApiCalls.Answer upcoming = api.call("GET", "/patients/" + PatientApiCalls.linkId(session,
                    "Jane Demo") + "/appointments", session.get("sessionToken").asText(), null);
            List<String> ids = new ArrayList<>();
            upcoming.body().get("appointments").forEach(a -> ids.add(a.get("appointmentId").asText()));
            assertThat(ids).contains(beforeBackup).doesNotContain(afterBackup);
        } finally {
            again.close();
        }
    }

    private static String book(PatientApiCalls api, JsonNode session, int which) throws Exception {
        String jane = PatientApiCalls.linkId(session, "Jane Demo");
        String token = session.get("sessionToken").asText();
        LocalDate from = LocalDate.now().plusDays(3);
        JsonNode slots = api.call("GET", "/patients/" + jane + "/appointment-slots?from=" + from + "&to="
                + from.plusDays(10), token, null).body().get("slots");
        PatientApiCalls.Answer booked = api.call("POST", "/patients/" + jane + "/appointments", token,
                "{\"slotId\":\"" + slots.get(which).get("slotId").asText() + "\",\"reason\":\"Backup test\"}");
        assertThat(booked.status()).as(booked.raw().body()).isEqualTo(201);
        return booked.body().get("appointmentId").asText();
    }

    private record Result(int exit, String output) {
    }

    /** The operator's command, with the node's own options for its database. */
    private static Result command(String command, Path backups, Path data) throws Exception {
        List<String> line = new ArrayList<>(List.of(Layout.home().resolve("bin/citizen-services").toString(),
                command, backups.toString(), "--data", data.toString()));
        line.addAll(TestDatabases.commandLine(data));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

}
