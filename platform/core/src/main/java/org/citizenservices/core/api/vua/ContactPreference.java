package org.citizenservices.core.api.vua;

/** How the citizen prefers the practice to tell them something (a reply, a reset). */
public enum ContactPreference {
    EMAIL,
    SMS,
    POST
}
