package org.citizenservices.host.notify;

import org.citizenservices.core.api.operator.Provisioning;

/**
 * Sends a new staff account's activation link to its owner's e-mail address, at once and not through the outbox:
 * the link is a secret, so it must not rest in a table in clear or be written to the log. An installation without
 * an SMTP server sends nothing; the operator's command prints the link, and says it was not e-mailed.
 */
public final class ActivationMail {

    private final CitizenNotifier notifier;

    public ActivationMail(CitizenNotifier notifier) {
        this.notifier = notifier;
    }

    /** True when the mail server took it. */
    public boolean send(Provisioning.Activation activation, String link) {
        if (!notifier.delivers("EMAIL")) {
            return false;
        }
        CitizenContact to = new CitizenContact(activation.username(), activation.displayName(), activation.email(),
                null, "EMAIL");
        return notifier.notify(to, "Your Citizen Services staff account (username " + activation.username() + ") at "
                + activation.organisation() + " is ready to set up. Open this link within 72 hours to choose your "
                + "password and add your authenticator app:\n\n" + link + "\n\nIt works once. If you did not expect "
                + "it, tell your practice manager and do not open it.").isPresent();
    }
}
