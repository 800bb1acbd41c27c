package org.citizenservices.example.citizenapp;

import jakarta.servlet.http.Cookie;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The app's Online Service Accounts, as R8 describes them: a username and password, two security questions, and
 * the devices the person chose to remember. On a device it does not know, signing in takes a security answer too.
 * Five wrong answers in a row for one username pause it for fifteen minutes.
 */
final class AccountPages {

    static final String DEVICE_COOKIE = "osa_device";
    private static final String PENDING = "pendingAccount";
    private static final String QUESTION = "pendingQuestion";
    private static final int PAUSE_AFTER = 5;
    private static final long PAUSE_MILLIS = 15 * 60_000;

    /** Checked against when the username is unknown, so that the answer takes as long either way. */
    private static final String NOBODY = Secrets.hash("no such account");

    private final AppAccounts accounts;
    private final Map<String, long[]> failures = new ConcurrentHashMap<>();

    AccountPages(AppAccounts accounts) {
        this.accounts = accounts;
    }

    void register(Web web) throws IOException {
        if (!web.isPost()) {
            web.render("register", Map.of());
            return;
        }
        if (web.forgedPost()) {
            return;
        }
        String username = web.field("username").toLowerCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (!username.matches("[a-z0-9][a-z0-9._@-]{2,59}")) {
            problems.add("Choose a username of 3 to 60 letters, numbers, dots, dashes or @");
        }
        String password = web.request.getParameter("password");
        if (password == null || password.length() < 10 || password.length() > 200) {
            problems.add("Choose a password of at least 10 characters");
        } else if (!password.equals(web.request.getParameter("confirm"))) {
            problems.add("The two passwords are not the same");
        }
        List<String> questions = List.of(web.field("question1"), web.field("question2"));
        List<String> answers = List.of(normal(web.field("answer1")), normal(web.field("answer2")));
        if (questions.stream().anyMatch(q -> q.isEmpty() || q.length() > 200) || questions.get(0).equals(questions.get(1))) {
            problems.add("Choose two different security questions");
        }
        if (answers.stream().anyMatch(a -> a.length() < 2 || a.length() > 100)) {
            problems.add("Answer both security questions (2 to 100 characters)");
        }
        if (problems.isEmpty()) {
            Optional<Long> created = accounts.create(username, Secrets.hash(password), questions,
                    answers.stream().map(Secrets::hash).toList());
            if (created.isPresent()) {
                web.signIn(created.get());
                web.redirect("/link");
                return;
            }
            problems.add("That username is taken: choose another");
        }
        web.render("register", Map.of("problems", problems, "username", username));
    }

    void signIn(Web web) throws IOException {
        if (!web.isPost()) {
            web.render("sign-in", Map.of());
            return;
        }
        if (web.forgedPost()) {
            return;
        }
        String username = web.field("username").toLowerCase(Locale.ROOT);
        Optional<AppAccounts.Account> account = accounts.byUsername(username);
        String password = web.request.getParameter("password");
        boolean right = Secrets.matches(password, account.map(AppAccounts.Account::passwordHash).orElse(NOBODY))
                && account.isPresent();
        if (paused(username) || !right) {
            failed(username);
            web.render("sign-in", Map.of("problems", List.of(paused(username)
                    ? "Too many wrong attempts. Wait 15 minutes and try again."
                    : "The username or password is not right"), "username", username));
            return;
        }
        if (knownDevice(web, account.get().id())) {
            failures.remove(username);
            web.signIn(account.get().id());
            web.redirect("/");
            return;
        }
        int which = ThreadLocalRandom.current().nextInt(2);
        web.attribute(PENDING, account.get().id());
        web.attribute(QUESTION, which);
        web.redirect("/security-question");
    }

    void question(Web web) throws IOException {
        Long pending = (Long) web.attribute(PENDING);
        Integer which = (Integer) web.attribute(QUESTION);
        Optional<AppAccounts.Account> account = pending == null ? Optional.empty() : accounts.byId(pending);
        if (account.isEmpty() || which == null) {
            web.redirect("/sign-in");
            return;
        }
        String question = account.get().questions().get(which);
        if (!web.isPost()) {
            web.render("security-question", Map.of("question", question));
            return;
        }
        if (web.forgedPost()) {
            return;
        }
        String username = account.get().username();
        if (paused(username) || !Secrets.matches(normal(web.field("answer")), account.get().answerHashes().get(which))) {
            failed(username);
            web.render("security-question", Map.of("question", question, "problems", List.of(paused(username)
                    ? "Too many wrong attempts. Wait 15 minutes and try again." : "That answer is not right")));
            return;
        }
        failures.remove(username);
        web.signIn(account.get().id());
        web.attribute(PENDING, null);
        web.attribute(QUESTION, null);
        if ("yes".equals(web.field("remember"))) {
            String token = Secrets.token();
            accounts.registerDevice(account.get().id(), Secrets.sha256(token));
            Cookie cookie = new Cookie(DEVICE_COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            web.response.addCookie(cookie);
        }
        web.redirect("/");
    }

    void signOut(Web web) throws IOException {
        if (web.isPost() && !web.forgedPost()) {
            // the session at the practice's system ends with the app's own
            if (web.connection() != null) {
                web.connection().end();
            }
            web.signOut();
            web.redirect("/sign-in");
        }
    }

    private boolean knownDevice(Web web, long accountId) {
        Cookie[] cookies = web.request.getCookies();
        for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
            if (cookie.getName().equals(DEVICE_COOKIE) && cookie.getValue().length() < 100
                    && accounts.knowsDevice(accountId, Secrets.sha256(cookie.getValue()))) {
                return true;
            }
        }
        return false;
    }

    private boolean paused(String username) {
        long[] count = failures.get(username);
        return count != null && count[0] >= PAUSE_AFTER && System.currentTimeMillis() - count[1] < PAUSE_MILLIS;
    }

    private void failed(String username) {
        failures.compute(username, (name, count) -> count == null
                || System.currentTimeMillis() - count[1] >= PAUSE_MILLIS ? new long[]{1, System.currentTimeMillis()}
                : new long[]{count[0] + 1, System.currentTimeMillis()});
    }

    /** Answers compare without regard to case or extra spaces. */
    private static String normal(String answer) {
        return answer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
