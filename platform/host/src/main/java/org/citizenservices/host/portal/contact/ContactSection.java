package org.citizenservices.host.portal.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.core.api.service.StaffMember;
import org.citizenservices.core.api.vua.ContactChannel;
import org.citizenservices.core.api.vua.ContactConfirmations;
import org.citizenservices.core.api.vua.ContactConfirmations.CodeToSend;
import org.citizenservices.core.api.vua.ContactConfirmations.ContactState;
import org.citizenservices.host.notify.ContactCodes;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.ui.Messages;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Verified contact on an account page: the email address and mobile number, whether each is confirmed, and the way to
 * confirm one — send a code there, type it back. The citizen does it on their own account page; a practice user does
 * it at the desk, the person reading out the code from their phone. Notices go only to confirmed details.
 */
public final class ContactSection extends Div {

    /** What the section may do for whoever is signed in; the core checks that they may. */
    record Account(Supplier<ContactState> state, Function<ContactChannel, CodeToSend> sendCode,
                   BiConsumer<ContactChannel, String> confirm) {
    }

    private final Account account;
    private final ContactCodes codes;
    private final Messages messages;
    private final boolean ownAccount;

    /** The citizen's own contact details, on their account page. */
    public static ContactSection ofCitizen(Portal portal, SignedInCitizen citizen, Messages messages) {
        ContactConfirmations contacts = portal.core().contacts();
        return new ContactSection(new Account(() -> contacts.state(citizen), channel -> contacts.sendCode(citizen,
                channel), (channel, code) -> contacts.confirm(citizen, channel, code)), portal.contactCodes(),
                messages, true);
    }

    /** An account's contact details on the practice's account page, confirmed with the person at the desk. */
    public static ContactSection ofAccount(Portal portal, StaffMember staff, long vuaId, Messages messages) {
        ContactConfirmations contacts = portal.core().contacts();
        return new ContactSection(new Account(() -> contacts.state(staff, vuaId), channel -> contacts.sendCode(staff,
                vuaId, channel), (channel, code) -> contacts.confirm(staff, vuaId, channel, code)),
                portal.contactCodes(), messages, false);
    }

    /** @param ownAccount the citizen's own page ("your"), or a practice user's view of someone's ("their") */
    ContactSection(Account account, ContactCodes codes, Messages messages, boolean ownAccount) {
        this.account = account;
        this.codes = codes;
        this.messages = messages;
        this.ownAccount = ownAccount;
        setId("contact-confirmation");
        show();
    }

    private void show() {
        removeAll();
        ContactState state = account.state().get();
        add(new H2(ownAccount ? "Your contact details" : "Contact details"));
        add(new Paragraph((ownAccount ? "We tell you" : "The practice tells them") + " when there is something new,"
                + " such as a message from the practice, by " + preference(state) + ". Only an email address or"
                + " mobile number that has been confirmed with a code is used."));
        add(detail(ContactChannel.EMAIL, state.email(), state.emailConfirmed()));
        if (state.telephone() != null && !state.telephoneIsMobile()) {
            add(new Paragraph("Telephone " + state.telephone() + ": text messages need a mobile number."));
        } else {
            add(detail(ContactChannel.SMS, state.telephone(), state.mobileConfirmed()));
        }
    }

    private Div detail(ContactChannel channel, String address, boolean confirmed) {
        String id = "contact-" + channel.name().toLowerCase(Locale.ROOT);
        Div row = new Div();
        row.setId(id);
        String label = channel.words().substring(0, 1).toUpperCase(Locale.ROOT) + channel.words().substring(1);
        if (address == null) {
            row.add(new Paragraph(label + ": none. " + (ownAccount ? "Ask your practice to add one."
                    : "Add one with Edit details.")));
            return row;
        }
        Span status = new Span(confirmed ? "Confirmed" : "Not confirmed");
        status.setId(id + "-status");
        status.addClassName(confirmed ? "status-confirmed" : "status-unconfirmed");
        row.add(new Paragraph(new Span(label + ": " + address + " — "), status));
        if (confirmed) {
            return row;
        }
        if (!codes.canSend(channel)) {
            row.add(new Paragraph("This practice cannot send " + (channel == ContactChannel.EMAIL ? "email"
                    : "text messages") + " yet, so this " + channel.words() + " cannot be confirmed with a code."));
            return row;
        }
        Div entry = new Div();
        Button send = new Button("Send a code to this " + channel.words());
        send.addClickListener(click -> {
            if (send(channel, entry, id)) {
                send.setText("Send a new code");
            }
        });
        send.setId(id + "-send");
        row.add(send, entry);
        return row;
    }

    /** Sends a code and offers the field to type it in; false when no code went. */
    private boolean send(ContactChannel channel, Div entry, String id) {
        CodeToSend[] issued = new CodeToSend[1];
        if (!messages.run(() -> issued[0] = account.sendCode().apply(channel))) {
            return false;
        }
        if (!codes.send(issued[0])) {
            messages.problems(java.util.List.of(new Messages.Problem("The code could not be sent just now. Try again"
                    + " in a few minutes.", null)));
            return false;
        }
        messages.done("A 6-digit code has been sent to " + issued[0].address() + ". It works for 30 minutes.");
        TextField code = new TextField("Code from the " + (channel == ContactChannel.EMAIL ? "email" : "text message"));
        code.setId(id + "-code");
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button("Confirm", click -> {
            if (messages.run(code, () -> account.confirm().accept(channel, code.getValue()))) {
                show();
                messages.done("The " + channel.words() + " is confirmed.");
            }
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        entry.removeAll();
        entry.add(code, confirm);
        code.focus();
        return true;
    }

    private static String preference(ContactState state) {
        return switch (state.preference()) {
            case EMAIL -> "email";
            case SMS -> "text message";
            case POST -> "post";
        };
    }
}
