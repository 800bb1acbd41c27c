package org.citizenservices.it;

import org.citizenservices.it.support.DemoPortalJourney;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The appointments journeys in a real browser against the built distribution with the demo practice: Jane books an
 * appointment for her son Sam with a reason, and asks to be offered an earlier one; the practice manager adds a session and finds Jane's booking flagged as
 * made online, with its notice, and books Arthur (who phoned) by his NHS number; Jane then moves Sam's to a later
 * time in one step, fetches its calendar file, cancels it with a reason and sees it among the cancelled.
 */
class AppointmentJourneysIT extends DemoPortalJourney {

    @Test
    void janeBooksForSam_thePracticeSeesItFlagged_andJaneCancelsIt() throws Exception {
        signInActingFor("jane.demo", "Sam Demo");
        page.click("nav-appointments");
        page.waitForView("appointments-view");
        page.waitForText("free-slots-message", "appointments available");
        assertThat(page.text("upcoming-appointments")).contains("No upcoming appointments");
        // three days ahead: well before the practice's 24-hour cut-off for cancelling online
        page.type("slots-from", LocalDate.now().plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK);
        List<String> tooSoon = List.of(LocalDate.now().format(shown), LocalDate.now().plusDays(1).format(shown),
                LocalDate.now().plusDays(2).format(shown));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            String first = page.attribute("vaadin-button[id^='book-']", "aria-label");
            return tooSoon.stream().noneMatch(first::contains);
        });

        String bookLabel = page.attribute("vaadin-button[id^='book-']", "aria-label");
        LocalDate bookedDay = dayIn(bookLabel, shown);
        page.click(page.firstId("vaadin-button[id^='book-']"));
        page.waitForView("book-dialog");
        assertThat(page.text("book-summary")).contains("For Sam Demo");
        assertThat(page.text("book-reason"))
                .contains("Reception staff may read this. It may not be read before your appointment.");
        page.type("book-reason", "Earache since Sunday");
        page.click("confirm-booking");
        page.waitForText("appointments-message", "Booked:");
        page.waitForRow("upcoming-appointments", "Earache since Sunday", "You can cancel online until");
        String appointment = page.firstId("#upcoming-appointments tr[id^='appointment-']");
        String appointmentId = appointment.substring("appointment-".length());
        // and asks to be offered an earlier one, should one free up
        page.click("earlier-ask-" + appointmentId);
        page.waitForText("appointments-message", "We will tell you if an earlier appointment like this one frees up.");
        page.waitForText("earlier-" + appointmentId, "Waiting for an earlier appointment.");
        page.signOut();

        // the practice manager adds a session, then finds the booking flagged in the book, with its notice
        page.signInStaff("manager", STAFF_PASSWORD);
        page.open("practice/appointment-sessions").waitForView("sessions-view");
        page.select("session-clinician", "Nurse Priya Shah (Practice nurse)");
        page.select("session-room", "Treatment room");
        LocalDate inThreeWeeks = LocalDate.now().plusDays(21);
        page.type("session-date", inThreeWeeks.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.type("session-starts", "13:00");
        page.type("session-ends", "14:00");
        page.type("session-minutes", "20");
        page.type("session-type", "Flu vaccination");
        page.click("session-add");
        page.waitForText("sessions-messages", "Session added: 3 slots");
        page.click("session-add");
        page.waitForText("sessions-messages", "Nurse Priya Shah already has a session at that time");
        page.type("clinician-name", "Nurse Priya Shah");
        page.type("clinician-role", "Practice nurse");
        page.click("clinician-add");
        page.waitForText("sessions-messages", "already has a clinician called Nurse Priya Shah");

        page.open("practice/appointment-book").waitForView("practice-book-view");
        page.waitForText("booking-notices", "Booked online by Jane Demo (mother)");
        // straight to the booked day: the first slot of that day, so the book's first rows (a week can hold more
        // rows than the grid renders at once)
        page.type("book-date", bookedDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.waitForText("appointment-book", "Booked online by Jane Demo (mother)");
        assertThat(page.text("online-flag-" + appointmentId)).isEqualTo("Booked online by Jane Demo (mother)");
        page.click(page.firstId("vaadin-button[id^='notice-seen-']"));
        page.waitForText("booking-notices", "No new online bookings.");

        // Arthur phones: the manager books him into a free slot of the same day by his NHS number
        page.click(page.firstId("vaadin-button[id^='staff-book-']"));
        page.type("staff-book-nhs", "999 000 0042");
        page.type("staff-book-reason", "Blood pressure check");
        page.click("staff-book-confirm");
        page.waitForText("book-messages", "Booked.");
        page.waitForText("appointment-book", "Arthur Elder, NHS 9990000042");
        page.signOut();

        // Jane moves it to another time in one step, and can add it to her calendar
        signInActingFor("jane.demo", "Sam Demo");
        page.click("nav-appointments");
        page.waitForView("appointments-view");
        page.click("change-" + appointmentId);
        page.waitForText("moving-banner", "choose a new time below");
        page.type("slots-from", LocalDate.now().plusDays(4).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        List<String> tooSoonToMove = List.of(LocalDate.now().format(shown), LocalDate.now().plusDays(1).format(shown),
                LocalDate.now().plusDays(2).format(shown), LocalDate.now().plusDays(3).format(shown));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            String first = page.attribute("vaadin-button[id^='book-']", "aria-label");
            return tooSoonToMove.stream().noneMatch(first::contains);
        });
        page.click(page.firstId("vaadin-button[id^='book-']"));
        page.waitForView("move-dialog");
        page.click("confirm-move");
        page.waitForText("appointments-message", "Changed: your appointment is now");
        page.waitForRow("past-appointments", "Earache since Sunday", "Cancelled: Moved to another appointment");
        page.waitForRow("upcoming-appointments", "Earache since Sunday", "You can cancel online until");
        String moved = page.firstId("#upcoming-appointments tr[id^='appointment-']").substring("appointment-".length());
        assertThat(moved).isNotEqualTo(appointmentId);
        String href = browser.findElement(org.openqa.selenium.By.id("calendar-" + moved)).getAttribute("href");
        Object ics = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('failed: ' + e));", href);
        assertThat((String) ics).startsWith("BEGIN:VCALENDAR").contains("Sam Demo's appointment with")
                .doesNotContain("Earache");

        // Jane cancels, with a reason, and finds it among the cancelled
        page.click("cancel-" + moved);
        page.waitForView("cancel-dialog");
        page.type("cancel-reason", "The earache has gone");
        page.click("confirm-cancel");
        page.waitForText("appointments-message", "Cancelled:");
        page.waitForRow("past-appointments", "Earache since Sunday", "Cancelled: The earache has gone");
        assertThat(page.shows("calendar-" + moved)).as("a file to take it out of the calendar").isTrue();
        assertThat(page.text("upcoming-appointments")).contains("No upcoming appointments");
    }

    /** The day named in a slot's label ("Book Tuesday 8 December 2026 at 09:00 …"). */
    private static LocalDate dayIn(String label, DateTimeFormatter shown) {
        java.util.regex.Matcher day = java.util.regex.Pattern
                .compile("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}").matcher(label);
        assertThat(day.find()).as("a day in '%s'", label).isTrue();
        return LocalDate.parse(day.group(), shown);
    }
}
