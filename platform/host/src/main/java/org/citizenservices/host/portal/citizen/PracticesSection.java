package org.citizenservices.host.portal.citizen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.citizenservices.core.api.vua.CitizenPractices;
import org.citizenservices.core.api.vua.SignedInCitizen;
import org.citizenservices.host.portal.MainLayout;
import org.citizenservices.host.portal.Portal;
import org.citizenservices.host.portal.security.PortalSignIn;
import org.citizenservices.host.portal.security.SignInThrottle;
import org.citizenservices.host.portal.ui.Messages;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

import java.util.ArrayList;
import java.util.List;

import static org.citizenservices.host.portal.ui.FormFields.primary;

/**
 * "Your GP practices" on the account page: the practice the citizen signed in with, the accounts at other practices
 * this sign-in also opens, and adding one from that practice's registration letter — how someone caring for a
 * person registered elsewhere acts for them without a second username.
 */
final class PracticesSection extends Div {

    private final Portal portal;
    private final SignedInCitizen signIn;
    private final Messages messages = new Messages("practices-messages");
    private final Div joined = new Div();
    private final LetterFields letter = new LetterFields("join");

    PracticesSection(Portal portal, SignedInCitizen signIn) {
        this.portal = portal;
        this.signIn = signIn;
        setId("your-practices");
        joined.setId("joined-practices");
        String own = portal.core().practices().practice(signIn.practiceId()).name();
        Button add = primary("Add this practice", "join-submit", click -> join());
        add(new H2("Your GP practices"), messages,
                new Paragraph("You signed in with your online account at " + own + "."), joined,
                new H3("Add another GP practice"),
                new Paragraph("If you act for someone registered at another GP practice, that practice can give you "
                        + "a registration letter of your own for it. Enter its details here to use that practice's "
                        + "services with this sign-in. You then choose who you are acting for at the top of the "
                        + "page."));
        add(letter.components());
        add(add);
        showJoined();
    }

    private void showJoined() {
        joined.removeAll();
        StackingTable<CitizenPractices.JoinedAccount> table = new StackingTable<CitizenPractices.JoinedAccount>(
                "joined-practices-table", "Your sign-in opens no online account at another practice.")
                .column("Practice", j -> j.practiceName() + " (" + j.odsCode() + ")")
                .column("Account ID", CitizenPractices.JoinedAccount::accountId)
                .column("Added", j -> Formats.utcDateTime(j.joinedAt()))
                .action(this::removeButton);
        table.setItems(portal.core().citizenPractices().joined(signIn));
        joined.add(table);
    }

    private void join() {
        List<Messages.Problem> problems = new ArrayList<>();
        letter.check(problems);
        if (!problems.isEmpty()) {
            messages.problems(problems);
            return;
        }
        String[] practice = new String[1];
        if (messages.run(text -> letter.accountId, () -> {
            // the same guard as setting up an account: each try is a guess at a letter's key
            portal.signInThrottle().admit(SignInThrottle.Attempt.ACCOUNT_SET_UP);
            SignedInCitizen account = portal.core().citizenPractices().join(signIn, letter.details());
            practice[0] = portal.core().practices().practice(account.practiceId()).name();
        })) {
            messages.done("You can now use your online account at " + practice[0] + ". Choose who you are acting "
                    + "for at the top of the page.");
            letter.clear();
            showJoined();
            findAncestor(MainLayout.class).refreshNavigation();
        }
    }

    private Button removeButton(CitizenPractices.JoinedAccount account) {
        Button remove = new Button("Remove", click -> {
            if (messages.run(() -> portal.core().citizenPractices().leave(signIn, account.linkageId()))) {
                PortalSignIn.citizen().filter(c -> c.linkageId() == account.linkageId())
                        .ifPresent(c -> PortalSignIn.actThroughOwnAccount());
                messages.done(account.practiceName() + " is no longer part of your sign-in. To use it again, ask "
                        + "the practice for a new registration letter.");
                showJoined();
                findAncestor(MainLayout.class).refreshNavigation();
            }
        });
        remove.setId("leave-practice-" + account.linkageId());
        remove.getElement().setAttribute("aria-label", "Remove " + account.practiceName());
        return remove;
    }
}
