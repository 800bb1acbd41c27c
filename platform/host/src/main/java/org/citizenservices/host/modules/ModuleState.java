package org.citizenservices.host.modules;

/** The state of an installed module as health reports it. */
public enum ModuleState {
    /** Started; a capability's views are in the portal. */
    ACTIVE,
    /** Not usable: not a bundle, unresolvable imports, an exception in its activator or in its capability's start. */
    FAILED,
    /** Installed, not yet resolved. */
    INSTALLED,
    /** Resolved, not started. */
    RESOLVED,
    /**
     * Never started because a newer version of the same module is installed: a module is not downgraded. The jar
     * was moved to {@code deploy/retired/}, or the detail says why it could not be.
     */
    REFUSED,
    STARTING,
    STOPPING
}
