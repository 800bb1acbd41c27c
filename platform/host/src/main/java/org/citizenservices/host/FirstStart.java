package org.citizenservices.host;

/**
 * What a node started on an empty database tells its operator: there is no practice and no account, and no
 * default password anywhere; the operator's commands create the first ones.
 */
final class FirstStart {

    private FirstStart() {
    }

    static String instructions(HostOptions options) {
        String data = " --data " + options.dataDir();
        return String.join(System.lineSeparator(),
                "This installation has no practice and no administrator yet, and no default password.",
                "On this machine, as the service's user, create them (each prints one JSON object):",
                "  bin/citizen-services admin supplier-admin add" + data
                        + " --username NAME --name \"FULL NAME\" --email ADDRESS",
                "  bin/citizen-services admin practice add" + data + " --ods A12345 --name \"PRACTICE NAME\"",
                "  bin/citizen-services admin staff add" + data
                        + " --practice A12345 --username NAME --name \"FULL NAME\" --email ADDRESS --role PRACTICE_ADMIN",
                "Each new account gets a one-time activation link that sets its password and second factor."
                        + " bin/citizen-services admin --help lists every command; docs/operations.md walks through"
                        + " going live. (--demo instead seeds a demo practice with published passwords.)");
    }
}
