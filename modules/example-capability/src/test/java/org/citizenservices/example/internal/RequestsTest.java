package org.citizenservices.example.internal;

import org.citizenservices.example.internal.wiring.RequestsCapability;
import org.citizenservices.persistence.Database;
import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceNotAvailableException;
import org.citizenservices.spi.testing.TestClock;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module's rules on a real Derby database with its own migrations, without a host: the SPI's
 * {@link TestServiceAccess} plays the host's part (who is signed in, which patients are the practice's).
 */
class RequestsTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = TestUnit.of(Database::open, database ->
            new ModulePersistence(database).openOnClassPath("travel-health",
                    new RequestsCapability().entityClasses(), "db/migration"));
    static TestServiceAccess access;
    static Requests requests;

    @BeforeAll
    static void open() {
        access = new TestServiceAccess();
        requests = new Requests(unit.get().entityManagerFactory(), access, TestClock.FIXED);
    }

    @Test
    void aRequestSent_isThePatientsOwn_andAudited() {
        access.newPatient(true);
        RequestSummary sent = requests.send("  Which vaccinations do I need for Peru?  ");

        assertThat(sent.details()).isEqualTo("Which vaccinations do I need for Peru?");
        assertThat(sent.status()).isEqualTo("RECEIVED");
        assertThat(requests.mine()).extracting(RequestSummary::id).containsExactly(sent.id());
        assertThat(access.audit).extracting(TestServiceAccess.Audited::action).contains("TRAVEL_HEALTH_REQUEST_SENT");
        assertThat(access.audit).extracting(TestServiceAccess.Audited::detail).noneMatch(d -> d.contains("Peru"));

        access.newPatient(true);
        assertThat(requests.mine()).isEmpty();
    }

    @Test
    void aProxysRequest_saysWhoSentIt() {
        access.newPatient(false);
        assertThat(requests.send("Sam needs a travel check").sentBy()).isEqualTo("Jane Demo (mother)");
    }

    @Test
    void badInput_isRefusedWithAMessage_andNothingIsStored() {
        access.newPatient(true);
        assertThatThrownBy(() -> requests.send("   ")).hasMessage("Your request is required.");
        assertThatThrownBy(() -> requests.send("x".repeat(Requests.MAX_DETAILS + 1)))
                .hasMessageContaining("at most " + Requests.MAX_DETAILS);
        assertThat(requests.mine()).isEmpty();
    }

    @Test
    void withoutTheService_nothingIsReadOrSent() {
        access.newPatient(true);
        access.available(false);
        try {
            assertThatThrownBy(requests::mine).isInstanceOf(ServiceNotAvailableException.class);
            assertThatThrownBy(() -> requests.send("Hello")).isInstanceOf(ServiceNotAvailableException.class);
        } finally {
            access.available(true);
        }
        assertThat(requests.mine()).isEmpty();
    }

    @Test
    void thePractice_seesOnlyItsOwnPatients_andMarksThemDone() {
        long ours = access.newPatient(true);
        long sent = requests.send("Ours").id();
        long elsewhere = access.newPatient(true);
        access.practiceOf.put(elsewhere, "A12345");
        long theirs = requests.send("Another practice's").id();

        access.staff(Role.STAFF);
        assertThat(requests.practiceList()).extracting(r -> r.request().id()).contains(sent).doesNotContain(theirs);
        assertThat(requests.markDone(sent).status()).isEqualTo("DONE");
        assertThatThrownBy(() -> requests.markDone(theirs)).isInstanceOf(IllegalArgumentException.class);
        assertThat(access.audit).contains(new TestServiceAccess.Audited(ours, "TRAVEL_HEALTH_REQUEST_DONE",
                "request " + sent));
    }

    @Test
    void aCitizen_cannotUseThePracticesList() {
        access.newPatient(true);
        assertThatThrownBy(requests::practiceList).isInstanceOf(SecurityException.class);
    }
}
