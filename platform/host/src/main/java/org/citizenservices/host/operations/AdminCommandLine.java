package org.citizenservices.host.operations;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code citizen-services admin …}: the operator's commands, sent to the node running on {@code --data DIR} through
 * its loopback admin endpoint. Each prints one JSON object on stdout; on an error, a message on stderr and a
 * non-zero exit (1: the node refused it, 2: the command line is wrong, 3: no node answers).
 */
@Command(name = "citizen-services admin", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sets up practices, their staff and patients' registration letters on a running node.",
        subcommands = {AdminCommandLine.Practice.class, AdminCommandLine.Staff.class,
                AdminCommandLine.SupplierAdmin.class, AdminCommandLine.Linkage.class,
                IntegrationCommands.ApiClient.class, IntegrationCommands.App.class, IntegrationCommands.Import.class},
        footer = "%nEach command prints one JSON object. See docs/operations.md, \"Go live\".")
public final class AdminCommandLine {

    static final int REFUSED = 1;
    static final int NO_NODE = 3;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", scope = CommandLine.ScopeType.INHERIT,
            description = "The node's data folder (default: ./data).")
    Path data;

    /** Runs one command line; the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new AdminCommandLine());
        line.setOut(out).setErr(err);
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof AdminClient.Refused refused) {
                commandLine.getErr().println("citizen-services admin: " + refused.getMessage());
                return refused.exitCode();
            }
            throw e;
        });
        return line.execute(args);
    }

    /** A leaf command: gathers its options and sends them. */
    abstract static class Send implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract String command();

        abstract AdminCommandLine root();

        abstract void options(Map<String, Object> into);

        @Override
        public Integer call() throws Exception {
            Map<String, Object> options = new LinkedHashMap<>();
            options(options);
            spec.commandLine().getOut().println(AdminClient.print(new AdminClient(root().data).send(command(),
                    options)));
            return 0;
        }
    }

    @Command(name = "practice", mixinStandardHelpOptions = true, description = "Practices on this installation.",
            subcommands = Practice.Add.class)
    static final class Practice {

        @ParentCommand
        AdminCommandLine root;

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a practice, with every installed "
                + "service switched on, the standard booking rules and SUMMARY record access by default.")
        static final class Add extends Send {

            @ParentCommand
            Practice parent;
            @Option(names = "--ods", required = true, paramLabel = "CODE", description = "ODS code, e.g. A81001.")
            String ods;
            @Option(names = "--name", required = true, paramLabel = "NAME")
            String name;
            @Option(names = "--address", paramLabel = "ADDRESS")
            String address;
            @Option(names = "--postcode", paramLabel = "POSTCODE")
            String postcode;
            @Option(names = "--telephone", paramLabel = "NUMBER")
            String telephone;

            String command() {
                return "practice-add";
            }

            AdminCommandLine root() {
                return parent.root;
            }

            void options(Map<String, Object> into) {
                into.put("ods", ods);
                into.put("name", name);
                into.put("address", address);
                into.put("postcode", postcode);
                into.put("telephone", telephone);
            }
        }
    }

    @Command(name = "staff", mixinStandardHelpOptions = true, description = "Practice users.",
            subcommands = Staff.Add.class)
    static final class Staff {

        @ParentCommand
        AdminCommandLine root;

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a practice user; prints their "
                + "one-time activation link (valid 72 hours), which is also e-mailed to them.")
        static final class Add extends Send {

            @ParentCommand
            Staff parent;
            @Option(names = "--practice", required = true, paramLabel = "CODE", description = "The practice's ODS code.")
            String practice;
            @Option(names = "--username", required = true, paramLabel = "USERNAME")
            String username;
            @Option(names = "--name", required = true, paramLabel = "NAME")
            String name;
            @Option(names = "--email", required = true, paramLabel = "ADDRESS")
            String email;
            @Option(names = "--role", required = true, paramLabel = "ROLE",
                    description = "RECEPTIONIST, CLINICIAN or PRACTICE_ADMIN.")
            String role;

            String command() {
                return "staff-add";
            }

            AdminCommandLine root() {
                return parent.root;
            }

            void options(Map<String, Object> into) {
                into.put("practice", practice);
                into.put("username", username);
                into.put("name", name);
                into.put("email", email);
                into.put("role", role);
            }
        }
    }

    @Command(name = "supplier-admin", mixinStandardHelpOptions = true,
            description = "The supplier's administrators.", subcommands = SupplierAdmin.Add.class)
    static final class SupplierAdmin {

        @ParentCommand
        AdminCommandLine root;

        @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a supplier administrator; "
                + "prints their one-time activation link (valid 72 hours).")
        static final class Add extends Send {

            @ParentCommand
            SupplierAdmin parent;
            @Option(names = "--username", required = true, paramLabel = "USERNAME")
            String username;
            @Option(names = "--name", required = true, paramLabel = "NAME")
            String name;
            @Option(names = "--email", required = true, paramLabel = "ADDRESS")
            String email;

            String command() {
                return "supplier-admin-add";
            }

            AdminCommandLine root() {
                return parent.root;
            }

            void options(Map<String, Object> into) {
                into.put("username", username);
                into.put("name", name);
                into.put("email", email);
            }
        }
    }

    @Command(name = "linkage", mixinStandardHelpOptions = true, description = "Registration letters.",
            subcommands = Linkage.Issue.class)
    static final class Linkage {

        @ParentCommand
        AdminCommandLine root;

        @Command(name = "issue", mixinStandardHelpOptions = true, description = "The registration letter for a "
                + "registered patient whose identity a named member of staff verified: their online account, "
                + "its association, the verification and a fresh linkage key, as that staff member's act.")
        static final class Issue extends Send {

            @ParentCommand
            Linkage parent;
            @Option(names = "--practice", required = true, paramLabel = "CODE")
            String practice;
            @Option(names = "--nhs-number", required = true, paramLabel = "NUMBER")
            String nhsNumber;
            @Option(names = "--verified-by", required = true, paramLabel = "STAFF_USERNAME")
            String verifiedBy;
            @Option(names = "--method", required = true, paramLabel = "METHOD",
                    description = "VOUCHING, DOCUMENTS or EVIDENCE.")
            String method;
            @Option(names = "--document", paramLabel = "TYPE", description = "With DOCUMENTS: PASSPORT, "
                    + "PHOTO_DRIVING_LICENCE, BIRTH_CERTIFICATE, MARRIAGE_CERTIFICATE or OTHER.")
            String document;
            @Option(names = "--record-level", paramLabel = "LEVEL",
                    description = "SUMMARY, DETAILED_CODED, DOCUMENTS or FULL (default: the practice's).")
            String recordLevel;

            String command() {
                return "linkage-issue";
            }

            AdminCommandLine root() {
                return parent.root;
            }

            void options(Map<String, Object> into) {
                into.put("practice", practice);
                into.put("nhsNumber", nhsNumber);
                into.put("verifiedBy", verifiedBy);
                into.put("method", method);
                into.put("document", document);
                into.put("recordLevel", recordLevel);
            }
        }
    }
}
