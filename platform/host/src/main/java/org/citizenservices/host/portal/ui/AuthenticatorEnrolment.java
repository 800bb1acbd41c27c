package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import org.citizenservices.core.api.security.TotpCodes;

import java.util.List;

/**
 * Adding Citizen Services to an authenticator app: the QR code to scan (drawn on the server, so no secret leaves in a
 * request to anyone else), the key to type instead, and afterwards the recovery codes to keep. A new practice user's
 * activation and a citizen turning on two-step sign-in show the same.
 */
public final class AuthenticatorEnrolment {

    /** The name the app shows for the account. */
    public static final String ISSUER = "Citizen Services";

    private AuthenticatorEnrolment() {
    }

    /** The steps for {@code account} and its new {@code secret}; ids start with {@code prefix} ("activation-qr"). */
    public static Component steps(String prefix, String account, String secret) {
        VerticalLayout steps = new VerticalLayout();
        steps.setPadding(false);
        steps.add(new Paragraph("Open an authenticator app (for example Microsoft Authenticator or Google "
                + "Authenticator), choose to add an account, and scan this code:"));
        try {
            Image qr = new Image(Utils.getDataUriForImage(new ZxingPngQrGenerator().generate(
                    new dev.samstevens.totp.qr.QrData.Builder().label(account).secret(secret)
                            .issuer(ISSUER).digits(TotpCodes.DIGITS).period(TotpCodes.PERIOD_SECONDS).build()),
                    "image/png"), "QR code to add Citizen Services to your authenticator app");
            qr.setId(prefix + "-qr");
            qr.addClassName("qr-code");
            qr.getElement().setAttribute("data-uri", TotpCodes.enrolmentUri(ISSUER, account, secret));
            steps.add(qr);
        } catch (dev.samstevens.totp.exceptions.QrGenerationException e) {
            steps.add(new Paragraph("The QR code could not be drawn; type the key below instead."));
        }
        Span key = new Span(grouped(secret));
        key.setId(prefix + "-secret");
        key.addClassName("recovery-codes");
        Paragraph typed = new Paragraph("If you cannot scan it, choose to enter a key, and type: ");
        typed.add(key);
        steps.add(typed, new Paragraph("Then type the 6-digit code the app shows for Citizen Services."));
        return steps;
    }

    /** The recovery codes, once: each works one time instead of the app's code. */
    public static Component recoveryCodes(List<String> codes) {
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        return list;
    }

    /** "ABCD EFGH …": a long key is easier to type in groups of four. */
    static String grouped(String key) {
        return String.join(" ", key.split("(?<=\\G.{4})"));
    }
}
