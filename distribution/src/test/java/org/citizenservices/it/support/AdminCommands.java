package org.citizenservices.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bin/citizen-services admin ARGS --data DATA}, as the operator types it, with what it printed. */
public final class AdminCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminCommands() {
    }

    /** Exit code, stdout and stderr of one command. */
    public record Result(int exit, String out, String err) {

        /** The one JSON object a successful command prints. */
        public JsonNode json() throws Exception {
            assertThat(exit).as(err).isZero();
            return JSON.readTree(out);
        }
    }

    public static Result run(Path data, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(Layout.home().resolve("bin/citizen-services").toString(),
                "admin"));
        line.addAll(List.of(args));
        line.addAll(List.of("--data", data.toString()));
        Path out = Files.createTempFile("admin", ".out");
        Path err = Files.createTempFile("admin", ".err");
        try {
            Process process = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("admin %s finished", List.of(args)).isTrue();
            return new Result(process.exitValue(), Files.readString(out).trim(), Files.readString(err).trim());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The JSON of a command that must succeed. */
    public static JsonNode json(Path data, String... args) throws Exception {
        return run(data, args).json();
    }
}
