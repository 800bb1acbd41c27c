package org.citizenservices.spi;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What every module's pages make the same way: whose page it is, the outcome line, and bounded text inputs. */
class PageTextsTest {

    @Test
    void theHeading_isThePagesOwnForTheCitizen_andNamesThePatientForAProxy() {
        assertThat(CitizenHeading.of(citizen(true), "Your GP record", "GP record for ").getText())
                .isEqualTo("Your GP record");
        assertThat(CitizenHeading.of(citizen(false), "Your GP record", "GP record for ").getText())
                .isEqualTo("GP record for Sam Demo");
    }

    @Test
    void theStatusMessage_isAnnouncedWhenItChanges() {
        StatusMessage message = new StatusMessage("record-message");
        assertThat(message.getId()).contains("record-message");
        assertThat(message.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(message.getText()).isEmpty();
    }

    @Test
    void aSuccess_clearsTheErrors_andAFailure_emptiesTheLine() {
        StatusMessage message = new StatusMessage("page-message");
        ErrorSummary errors = new ErrorSummary("page-errors");
        message.fail("The comment must be at most 500 characters.", null, errors);
        assertThat(errors.isVisible()).isTrue();
        assertThat(message.getText()).isEmpty();

        message.say("Your request was sent to the practice.", errors);
        assertThat(errors.isVisible()).isFalse();
        assertThat(message.getText()).isEqualTo("Your request was sent to the practice.");
    }

    @Test
    void aFormField_hasItsLabelId_andColumnBound() {
        var comment = FormFields.area("Comment for the practice (optional)", "request-comment", 500);
        assertThat(comment.getLabel()).isEqualTo("Comment for the practice (optional)");
        assertThat(comment.getId()).contains("request-comment");
        assertThat(comment.getMaxLength()).isEqualTo(500);
        var nhs = FormFields.text("NHS number", "record-nhs", 12);
        assertThat(nhs.getId()).contains("record-nhs");
        assertThat(nhs.getMaxLength()).isEqualTo(12);
    }

    private static CurrentCitizen citizen(boolean self) {
        return new CurrentCitizen("ACC1", "Jane Demo", "A12345", "Riverside Medical Practice",
                new ActingFor(2, self ? "Jane Demo" : "Sam Demo", "9990000018", LocalDate.of(2015, 3, 14), self,
                        self ? "Self" : "Parent"));
    }
}
