package org.citizenservices.host.notify;

import org.citizenservices.core.api.practice.ActivationLink;


/**
 * Sends a new staff account's activation link to its owner's e-mail address, at once and not through the outbox:
 * the link is a secret, so it must not rest in a table in clear or be written to the log. An installation without
 * an SMTP server sends nothing; the operator's command prints the link, and says it was not e-mailed.
 */
public final class ActivationMail {

    /** The link of an activation, and whether it went by e-mail. */
    public record Sent(String link, boolean emailed) {
    }

    private final CitizenNotifier notifier;
    private final java.util.function.Supplier<String> publicUrl;

    public ActivationMail(CitizenNotifier notifier, java.util.function.Supplier<String> publicUrl) {
        this.notifier = notifier;
        this.publicUrl = publicUrl;
    }

    /** The activation's link at the portal's public address, e-mailed to its owner when the installation can. */
    public Sent send(ActivationLink activation) {
        String link = publicUrl.get() + "/activate/" + activation.activationToken();
        return new Sent(link, send(activation, link));
    }

    /** True when the mail server took it. */
    private boolean send(ActivationLink activation, String link) {
        // a demo account has no address: never let the notifier fall back to the log with a secret in the text
        if (!notifier.delivers("EMAIL") || activation.email() == null) {
            return false;
        }
        CitizenContact to = new CitizenContact(activation.username(), activation.displayName(), activation.email(),
                null, "EMAIL");
        return notifier.notify(to, "Your Citizen Services staff account (username " + activation.username() + ") at "
                + activation.organisation() + " is ready to set up. Open this link within 72 hours to choose your "
                + "password and add your authenticator app:\n\n" + link + "\n\nIt works once. If you did not expect "
                + "it, tell your practice manager and do not open it.").filter("EMAIL"::equals).isPresent();
    }
}
