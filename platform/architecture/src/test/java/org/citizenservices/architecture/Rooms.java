package org.citizenservices.architecture;

import java.util.List;

/** The rooms of the code, by package: the names every rule speaks of. */
final class Rooms {

    static final String BASE = "org.citizenservices";
    static final String SPI = BASE + ".spi..";
    static final String PERSISTENCE = BASE + ".persistence..";
    static final String CORE = BASE + ".core..";
    static final String CORE_API = BASE + ".core.api..";
    /** Where the host opens the core: the one class outside the API it may name. */
    static final String CORE_BOOTSTRAP = BASE + ".core.Core";
    static final String HOST = BASE + ".host..";
    static final String TESTKIT = BASE + ".testkit..";

    /** The capability modules, by their root package's last name. */
    static final List<String> MODULES = List.of("appointments", "record", "prescriptions", "messaging", "consultations",
            "example");

    /** The platform's own rooms, which no module may enter except through the SPI. */
    static final List<String> PLATFORM = List.of("spi", "persistence", "core", "host", "testkit");

    private Rooms() {
    }

    static String[] modulePackages() {
        return MODULES.stream().map(m -> BASE + "." + m + "..").toArray(String[]::new);
    }

    /** The room a class of ours sits in: the package segment after the base, or empty for other code. */
    static String roomOf(String className) {
        if (!className.startsWith(BASE + ".")) {
            return "";
        }
        String rest = className.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }
}
