package org.citizenservices.core.api.vua;

import java.time.LocalDateTime;

/**
 * One line of an account's history: what changed, when and by whom.
 * Read-only: changes go through the services.
 */
public interface VuaHistoryDetails {

    Long vuaId();

    LocalDateTime occurredAt();

    HistoryKind kind();

    String description();

    String changedBy();
}
