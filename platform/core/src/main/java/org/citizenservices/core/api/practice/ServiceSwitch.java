package org.citizenservices.core.api.practice;

import org.citizenservices.spi.CitizenService;

import java.time.LocalDateTime;

/**
 * The latest switch of a service at practice level, with who made it and why: a snapshot for the admin page.
 * {@code reason} is null when none was given (one is required only to switch a service off).
 */
public record ServiceSwitch(CitizenService service, boolean enabled, String reason, String changedBy,
                            LocalDateTime changedAt) {
}
