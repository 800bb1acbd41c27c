package org.citizenservices.host.modules;

/**
 * One installed module as health and the portal show it.
 *
 * @param id      the capability id, or the bundle's symbolic name (or jar file name) when no capability registered
 * @param name    display name
 * @param version bundle version, empty when the jar is not a bundle
 * @param state   current state
 * @param detail  why it is {@link ModuleState#FAILED} or {@link ModuleState#REFUSED}; {@code null} otherwise
 */
public record ModuleStatus(String id, String name, String version, ModuleState state, String detail) {
}
