package org.citizenservices.messaging.internal;

import org.citizenservices.spi.ServiceAccess;

import java.util.Optional;

/** Sends through the host ({@link ServiceAccess#notifyCitizen}), which knows the account's verified contact. */
public final class HostNotificationSender implements NotificationSender {

    private final ServiceAccess access;

    public HostNotificationSender(ServiceAccess access) {
        this.access = access;
    }

    @Override
    public Optional<String> send(String accountId, String text) {
        return access.notifyCitizen(accountId, text);
    }
}
