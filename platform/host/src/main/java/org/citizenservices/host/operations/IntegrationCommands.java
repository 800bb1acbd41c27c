package org.citizenservices.host.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The operator's commands for the APIs' clients: a practice's clinical system (its API clients, and importing its
 * export by hand) and third-party citizen apps.
 */
final class IntegrationCommands {

    private IntegrationCommands() {
    }

    @Command(name = "api-client", mixinStandardHelpOptions = true,
            description = "Clients of the practice integration API (a practice's clinical system).",
            subcommands = {ApiClient.Add.class, ApiClient.Revoke.class})
    static final class ApiClient {

        @ParentCommand
        AdminCommandLine root;

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Registers a client for one practice; "
                + "prints its id and secret. The secret is shown this once: give it to the clinical system now.")
        static final class Add extends AdminCommandLine.Send {

            @ParentCommand
            ApiClient parent;
            @Option(names = "--practice", required = true, paramLabel = "CODE")
            String practice;
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "e.g. the clinical system's.")
            String name;
            @Option(names = "--scope", required = true, paramLabel = "SCOPE", description = "import (repeatable).")
            List<String> scopes;

            String command() {
                return "api-client-add";
            }

            AdminCommandLine root() {
                return parent.root;
            }

            void options(Map<String, Object> into) {
                into.put("practice", practice);
                into.put("name", name);
                into.put("scopes", scopes);
            }
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true,
                description = "Ends a client at once: its tokens stop working.")
        static final class Revoke extends AdminCommandLine.Send {

            @ParentCommand
            ApiClient parent;
            @Option(names = "--client-id", required = true, paramLabel = "ID")
            String clientId;

            String command() {
                return "api-client-revoke";
            }

            AdminCommandLine root() {
                return parent.root;
            }

            void options(Map<String, Object> into) {
                into.put("clientId", clientId);
            }
        }
    }

    @Command(name = "app", mixinStandardHelpOptions = true,
            description = "Third-party citizen apps registered to use the patient API.", subcommands = App.Add.class)
    static final class App {

        @ParentCommand
        AdminCommandLine root;

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Registers a citizen app; prints its "
                + "client id and secret. The secret is shown this once: give it to the app's developer now.")
        static final class Add extends AdminCommandLine.Send {

            @ParentCommand
            App parent;
            @Option(names = "--name", required = true, paramLabel = "NAME",
                    description = "The name people know the app by.")
            String name;
            @Option(names = "--contact", required = true, paramLabel = "EMAIL",
                    description = "The developer's address for notices about the app.")
            String contact;

            String command() {
                return "app-add";
            }

            AdminCommandLine root() {
                return parent.root;
            }

            void options(Map<String, Object> into) {
                into.put("name", name);
                into.put("contact", contact);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Imports FHIR R4 Bundles (a clinical "
            + "system's export, a file per bundle) into a practice, as the practice integration API does; shows "
            + "progress on stderr and prints the totals with every rejected or skipped resource.")
    static final class Import implements Callable<Integer> {

        private static final ObjectMapper JSON = new ObjectMapper();

        @ParentCommand
        AdminCommandLine root;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--practice", required = true, paramLabel = "CODE")
        String practice;
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Bundle files (JSON).")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new AdminClient.Refused("There is no file " + file + ".");
                }
            }
            AdminClient client = new AdminClient(root.data);
            PrintWriter progress = spec.commandLine().getErr();
            ObjectNode summary = JSON.createObjectNode();
            long[] totals = new long[3];
            ArrayNode rejected = JSON.createArrayNode();
            ArrayNode skipped = JSON.createArrayNode();
            long began = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                progress.print("\r" + bar(i, files.size()) + " " + file.getFileName());
                progress.flush();
                JsonNode report = client.sendFile("import", "practice=" + URLEncoder.encode(practice,
                        StandardCharsets.UTF_8), file);
                totals[0] += report.path("created").asLong();
                totals[1] += report.path("updated").asLong();
                totals[2] += report.path("unchanged").asLong();
                collect(report.path("rejected"), file, rejected);
                collect(report.path("skipped"), file, skipped);
            }
            progress.println("\r" + bar(files.size(), files.size()) + " done in "
                    + (System.nanoTime() - began) / 1_000_000_000 + " s");
            summary.put("files", files.size());
            summary.put("created", totals[0]);
            summary.put("updated", totals[1]);
            summary.put("unchanged", totals[2]);
            summary.set("rejected", rejected);
            summary.set("skipped", skipped);
            spec.commandLine().getOut().println(JSON.writeValueAsString(summary));
            return 0;
        }

        private static void collect(JsonNode problems, Path file, ArrayNode into) {
            for (JsonNode problem : problems) {
                ObjectNode copy = ((ObjectNode) problem).deepCopy();
                copy.put("file", file.toString());
                into.add(copy);
            }
        }

        /** "[##########----------] 5/10". */
        static String bar(int done, int of) {
            int width = 20;
            int filled = of == 0 ? width : done * width / of;
            return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + of;
        }
    }
}
