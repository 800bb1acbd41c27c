package org.citizenservices.example.citizenapp;

import org.citizenservices.client.ApiException;
import org.citizenservices.client.model.PatientLink;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linking the account to the practice, the home page of the people it may act for, and the session with the
 * practice's system behind both: opened when first needed, opened again once when it has ended.
 */
final class ServicePages {

    /** Work against the practice's system. */
    interface Call<T> {
        T call(Foundation.Connection connection) throws ApiException;
    }

    private final AppAccounts accounts;
    private final Secrets secrets;
    private final Foundation foundation;

    ServicePages(AppAccounts accounts, Secrets secrets, Foundation foundation) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.foundation = foundation;
    }

    void link(Web web, AppAccounts.Account account) throws IOException {
        if (!web.isPost()) {
            web.render("link", Map.of("linked", account.linked()));
            return;
        }
        if (web.forgedPost()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        LocalDate born = null;
        try {
            born = LocalDate.of(Integer.parseInt(web.field("year")), Integer.parseInt(web.field("month")),
                    Integer.parseInt(web.field("day")));
        } catch (NumberFormatException | java.time.DateTimeException notADate) {
            problems.add("Enter your date of birth as it is on the letter, for example 14 3 1985");
        }
        for (String[] field : new String[][]{{"accountId", "account ID"}, {"linkageKey", "linkage key"},
                {"odsCode", "practice code"}, {"surname", "surname"}}) {
            if (web.field(field[0]).isEmpty()) {
                problems.add("Enter the " + field[1] + " from your registration letter");
            }
        }
        if (problems.isEmpty()) {
            try {
                String identity = foundation.link(new Foundation.Letter(web.field("accountId"),
                        web.field("linkageKey"), web.field("odsCode"), web.field("surname"), born));
                accounts.linked(account.id(), secrets.encrypt(identity));
                web.connection(null);
                web.redirect("/");
                return;
            } catch (Trouble trouble) {
                problems.add(trouble.getMessage());
            }
        }
        web.render("link", Map.of("linked", account.linked(), "problems", problems, "accountId",
                web.field("accountId"), "odsCode", web.field("odsCode"), "surname", web.field("surname")));
    }

    void home(Web web, AppAccounts.Account account) throws IOException {
        // a new session on each visit home: who the account may act for, and their services, may have changed
        Foundation.Connection previous = web.connection();
        if (previous != null) {
            previous.end();
            web.connection(null);
        }
        try {
            List<PatientLink> patients = call(web, account, c -> c.session().getPatients());
            web.render("home", Map.of("user", web.connection().session().getUser().getName(), "patients", patients));
        } catch (Trouble trouble) {
            web.render("home", Map.of("problems", List.of(trouble.getMessage()), "patients", List.of()));
        }
    }

    /** The patient of this link in the open session, if the account may act for them. */
    Optional<PatientLink> patient(Web web, AppAccounts.Account account, String linkId) throws Trouble {
        return call(web, account, c -> c.patient(linkId));
    }

    /** Runs {@code work} in the account's session, opening (or reopening, once) the session as needed. */
    <T> T call(Web web, AppAccounts.Account account, Call<T> work) throws Trouble {
        Foundation.Connection connection = web.connection();
        if (connection == null) {
            connection = open(web, account);
        }
        try {
            return work.call(connection);
        } catch (ApiException e) {
            Trouble trouble = Trouble.of(e);
            if (!trouble.sessionEnded()) {
                throw trouble;
            }
        }
        try {
            return work.call(open(web, account));
        } catch (ApiException e) {
            throw Trouble.of(e);
        }
    }

    private Foundation.Connection open(Web web, AppAccounts.Account account) throws Trouble {
        Foundation.Connection connection = foundation.open(secrets.decrypt(account.identity()));
        web.connection(connection);
        return connection;
    }

    static LocalDate date(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
