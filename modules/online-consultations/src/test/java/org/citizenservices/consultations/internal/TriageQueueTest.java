package org.citizenservices.consultations.internal;

import org.citizenservices.persistence.ModulePersistence;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.testing.TestServiceAccess;
import org.citizenservices.spi.testing.TestUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The practice's side on a real Derby database: the queue, assigning, urgency, overdue against the one-working-day
 * target and each outcome, with and without the other modules. The messaging and appointments modules are played
 * by recorders of what their published APIs were asked; the real ones are in the distribution's journeys.
 */
class TriageQueueTest {

    @RegisterExtension
    static final TestUnit<ModulePersistence.OpenUnit> unit = ConsultationsFixture.unit();
    static final TestServiceAccess ACCESS = new TestServiceAccess();

    /** What the messaging and appointments modules' APIs were asked, answering as they would. */
    static final class Recorded implements OptionalModules, OptionalModules.Conversations, OptionalModules.Booking {
        final List<String> calls = new ArrayList<>();

        @Override
        public long start(String subject, String message) {
            calls.add("start " + subject);
            return 77;
        }

        @Override
        public void sendToPatient(long conversationId, String message) {
            calls.add("send " + conversationId + " " + message);
        }

        @Override
        public List<OfferedSlot> freeSlots(LocalDate from, LocalDate to) {
            calls.add("slots " + from + " " + to);
            return List.of(new OfferedSlot(5, from.plusDays(1).atTime(9, 0), "Dr Asha Patel"));
        }

        @Override
        public long book(long slotId, String reason) {
            calls.add("book " + slotId + " " + reason);
            return 901;
        }

        @Override
        public Optional<Conversations> conversations() {
            return Optional.of(this);
        }

        @Override
        public Optional<Booking> booking() {
            return Optional.of(this);
        }
    }

    @Test
    void theQueue_showsOwnPracticesRequests_urgentFirst_andOverdueAfterTheNextWorkingDay() {
        ConsultationsFixture f = new ConsultationsFixture(unit.get(), ACCESS, OptionalModules.NONE);
        f.access.newPatient(true);
        ConsultationSummary first = f.consultations.submit(f.fitNote());
        f.clock.set("2026-12-07T11:00");
        f.access.newPatient(false);
        ConsultationSummary second = f.consultations.submit(f.medical("Earache for a week"));

        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        assertThat(f.queue.queue(QueueFilter.NEW)).extracting(i -> i.request().id())
                .containsSubsequence(first.id(), second.id());
        f.queue.setUrgency(second.id(), Urgency.URGENT);
        assertThat(f.queue.queue(QueueFilter.OPEN).get(0).request().id()).isEqualTo(second.id());
        assertThat(f.queue.queue(QueueFilter.URGENT)).extracting(i -> i.request().id()).containsExactly(second.id());
        assertThat(f.queue.queue(QueueFilter.OVERDUE)).isEmpty();

        // due by the end of core hours on Tuesday; on Tuesday evening both are overdue
        f.clock.set("2026-12-08T18:31");
        assertThat(f.queue.queue(QueueFilter.OVERDUE)).extracting(i -> i.request().id())
                .contains(first.id(), second.id());

        f.access.staffAt("Y88888", Role.STAFF, Role.CLINICIAN);
        assertThat(f.queue.queue(QueueFilter.OPEN)).isEmpty();
        assertThatThrownBy(() -> f.queue.assign(first.id(), "Dr Who"))
                .hasMessage("There is no such request on your practice's queue.");
    }

    @Test
    void assigning_putsItInReview_andEveryStepIsAuditedForThePatient() {
        ConsultationsFixture f = new ConsultationsFixture(unit.get(), ACCESS, OptionalModules.NONE);
        long patient = f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.fitNote());

        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        assertThatThrownBy(() -> f.queue.assign(sent.id(), " ")).hasMessage("Who it is assigned to is required.");
        f.queue.assign(sent.id(), "Reception");
        assertThat(f.queue.queue(QueueFilter.ASSIGNED)).singleElement()
                .satisfies(i -> assertThat(i.assignedTo()).isEqualTo("Reception"));
        assertThat(f.access.audit).filteredOn(a -> a.action().equals("ONLINE_CONSULTATION_ASSIGNED"))
                .singleElement().satisfies(a -> assertThat(a.patientId()).isEqualTo(patient));

        f.access.citizenFor(patient, true);
        assertThat(f.consultations.mine()).singleElement()
                .satisfies(c -> assertThat(c.statusLabel()).isEqualTo("In review"));
    }

    @Test
    void aReplyWithoutMessaging_isShownWithTheRequest_andThePatientIsNotified() {
        ConsultationsFixture f = new ConsultationsFixture(unit.get(), ACCESS, OptionalModules.NONE);
        long patient = f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.fitNote());

        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        f.queue.recordOutcome(sent.id(), OutcomeKind.REPLY, "Your fit note is ready at reception.");
        assertThatThrownBy(() -> f.queue.recordOutcome(sent.id(), OutcomeKind.REPLY, "again"))
                .hasMessage("This request already has its outcome.");
        assertThat(f.queue.queue(QueueFilter.COMPLETED)).extracting(i -> i.request().id()).contains(sent.id());

        f.access.citizenFor(patient, true);
        assertThat(f.consultations.mine()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ConsultationStatus.COMPLETED);
            assertThat(c.outcome()).isEqualTo(OutcomeKind.REPLY);
            assertThat(c.outcomeMessage()).isEqualTo("Your fit note is ready at reception.");
        });
        assertThat(f.access.audit).filteredOn(a -> a.action().equals("ONLINE_CONSULTATION_OUTCOME"))
                .singleElement().satisfies(a -> assertThat(a.detail()).doesNotContain("fit note is ready"));
    }

    @Test
    void aMedicalRequestsOutcome_isAClinicians() {
        ConsultationsFixture f = new ConsultationsFixture(unit.get(), ACCESS, OptionalModules.NONE);
        f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.medical("Cough for three weeks"));

        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        assertThatThrownBy(() -> f.queue.recordOutcome(sent.id(), OutcomeKind.INVITE_TO_BOOK, "Please book"))
                .isInstanceOf(SecurityException.class);
        f.access.staff(Role.STAFF, Role.CLINICIAN);
        f.queue.recordOutcome(sent.id(), OutcomeKind.PRESCRIPTION, "I have sent a prescription for an inhaler to"
                + " your nominated pharmacy.");
        assertThat(f.queue.queue(QueueFilter.COMPLETED)).extracting(i -> i.request().outcome())
                .contains(OutcomeKind.PRESCRIPTION);
    }

    @Test
    void withMessaging_theRequestOpensAConversation_andTheReplyGoesIntoIt() {
        Recorded modules = new Recorded();
        ConsultationsFixture f = new ConsultationsFixture(unit.get(), ACCESS, modules);
        f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.fitNote());
        assertThat(modules.calls).containsExactly("start Online consultation " + sent.id() + ": Fit note (sick note)");

        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        assertThat(f.queue.queue(QueueFilter.NEW)).filteredOn(i -> i.request().id() == sent.id()).singleElement()
                .satisfies(i -> assertThat(i.inConversation()).isTrue());
        f.queue.recordOutcome(sent.id(), OutcomeKind.REPLY, "Done: collect it from reception.");
        assertThat(modules.calls).last().isEqualTo("send 77 Done: collect it from reception.");
    }

    @Test
    void anInvitationToBook_isBookedFromTheRequest_onceOnly() {
        Recorded modules = new Recorded();
        ConsultationsFixture f = new ConsultationsFixture(unit.get(), ACCESS, modules);
        long patient = f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.medical("Knee pain after running"));
        assertThatThrownBy(() -> f.invitations.slots(sent.id())).hasMessageContaining("no invitation");

        f.access.staff(Role.STAFF, Role.CLINICIAN);
        f.queue.recordOutcome(sent.id(), OutcomeKind.INVITE_TO_BOOK, "Please book a physio appointment.");
        f.access.citizenFor(patient, true);
        List<OptionalModules.OfferedSlot> slots = f.invitations.slots(sent.id()).orElseThrow();
        assertThat(modules.calls).contains("slots 2026-12-07 2026-12-21");
        f.invitations.book(sent.id(), slots.get(0).slotId());

        assertThat(modules.calls).last().isEqualTo("book 5 Online consultation " + sent.id());
        assertThat(f.consultations.mine()).singleElement().satisfies(c -> assertThat(c.bookedFromInvitation()).isTrue());
        assertThatThrownBy(() -> f.invitations.book(sent.id(), 5)).hasMessageContaining("no invitation");

        f.access.newPatient(true);
        assertThatThrownBy(() -> f.invitations.slots(sent.id())).hasMessage("There is no such request of this patient.");
    }

    @Test
    void anInvitationWithoutTheAppointmentsModule_offersNothingToBookThrough() {
        ConsultationsFixture f = new ConsultationsFixture(unit.get(), ACCESS, OptionalModules.NONE);
        long patient = f.access.newPatient(true);
        ConsultationSummary sent = f.consultations.submit(f.fitNote());
        f.access.staff(Role.STAFF, Role.RECEPTIONIST);
        f.queue.recordOutcome(sent.id(), OutcomeKind.INVITE_TO_BOOK, "Please call us to book a review.");

        f.access.citizenFor(patient, true);
        assertThat(f.invitations.slots(sent.id())).isEmpty();
        assertThatThrownBy(() -> f.invitations.book(sent.id(), 5)).hasMessageContaining("contact the practice");
        assertThat(f.consultations.mine()).singleElement()
                .satisfies(c -> assertThat(c.bookedFromInvitation()).isFalse());
    }
}
