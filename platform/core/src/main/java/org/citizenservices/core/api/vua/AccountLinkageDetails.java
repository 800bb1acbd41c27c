package org.citizenservices.core.api.vua;

import java.time.LocalDateTime;

/**
 * A linkage of an account: the portal set-up with the registration letter, or a connected app.
 * Read-only: changes go through the services.
 */
public interface AccountLinkageDetails {

    Long id();

    VuaDetails vua();

    LinkageKind kind();

    String appName();

    LocalDateTime createdAt();

    LocalDateTime revokedAt();

    String revokedReason();

    boolean isLive();
}
