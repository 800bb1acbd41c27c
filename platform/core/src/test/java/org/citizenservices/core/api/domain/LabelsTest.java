package org.citizenservices.core.api.domain;

import org.citizenservices.core.api.audit.AuditAction;
import org.citizenservices.core.api.vua.ConsentMethod;
import org.citizenservices.core.api.vua.ContactChannel;
import org.citizenservices.core.api.vua.HistoryKind;
import org.citizenservices.core.api.vua.IdentityDocument;
import org.citizenservices.core.api.vua.Relationship;
import org.citizenservices.core.api.vua.VerificationMethod;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value of the labelled enums has its words in the bundle: a new constant without a label fails here. */
class LabelsTest {

    @Test
    void everyLabelledValueHasItsWords() {
        Stream.of(AuditAction.values(), ConsentMethod.values(), ContactChannel.values(), HistoryKind.values(),
                        IdentityDocument.values(), Relationship.values(), VerificationMethod.values())
                .flatMap(Stream::of)
                .forEach(value -> assertThat(((Labelled) value).label()).as(value.toString()).isNotBlank());
    }

    @Test
    void theWordsReadAsBefore() {
        assertThat(ConsentMethod.NOT_REQUIRED.label()).isEqualTo("Not required (legal basis recorded)");
        assertThat(ContactChannel.SMS.words()).isEqualTo("mobile number");
        assertThat(AuditAction.LINKAGE_KEY_RESET.citizenText())
                .isEqualTo("Issued a new registration letter (the old one stopped working)");
        assertThat(AuditAction.describe("APPOINTMENT_BOOKED")).isEqualTo("Appointment booked");
    }
}
