package org.citizenservices.core.api.practice;

import org.citizenservices.spi.PracticeSetting;

import java.util.Optional;

/**
 * The settings the installed capabilities declare, as the host knows them at this moment: the core checks a value
 * for any of them against its bounds, whichever page or command sets it.
 */
@FunctionalInterface
public interface SettingDeclarations {

    /** The declaration of {@code key}, or empty when no installed capability declares it. */
    Optional<PracticeSetting> find(String key);
}
