package org.citizenservices.host.notify;

import org.citizenservices.core.api.vua.ContactConfirmations.CodeToSend;
import org.citizenservices.core.api.vua.ContactChannel;

/**
 * Sends the code that confirms an email address or mobile number, at once and not through the outbox: the person is
 * waiting for it, and the code must not rest in a table in clear. An installation that cannot deliver by a channel
 * (no SMTP server, no GOV.UK Notify key) offers no code for it, rather than write one to the log.
 */
public final class ContactCodes {

    private final CitizenNotifier notifier;

    public ContactCodes(CitizenNotifier notifier) {
        this.notifier = notifier;
    }

    public boolean canSend(ContactChannel channel) {
        return notifier.delivers(channel.name());
    }

    /** True when the mail server or Notify took the message. */
    public boolean send(CodeToSend code) {
        if (!canSend(code.channel())) {
            return false;
        }
        boolean email = code.channel() == ContactChannel.EMAIL;
        CitizenContact to = new CitizenContact(code.accountId(), code.displayName(), email ? code.address() : null,
                email ? null : code.address(), code.channel().name());
        return notifier.notify(to, "Your code to confirm this " + code.channel().words() + " for your GP practice's"
                + " online services is " + code.code() + ". It works for 30 minutes. If you did not ask for it,"
                + " ignore this message.").isPresent();
    }
}
