package org.citizenservices.consultations.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The other modules an outcome may go through, each there only while it is installed: the messaging module's
 * conversations and the appointments module's book, through their published APIs ({@code internal.wiring} adapts
 * them). Called inside the request of the person they act for, as those APIs require.
 */
public interface OptionalModules {

    /** A practice's conversation with the patient, for a reply the patient can answer. */
    interface Conversations {
        /** Opens a conversation for the patient the current citizen acts for; its id. */
        long start(String subject, String message);

        /** The signed-in staff member's message to the patient in that conversation; the patient is notified. */
        void sendToPatient(long conversationId, String message);
    }

    /** The appointment book, for a patient invited to book. */
    interface Booking {
        List<OfferedSlot> freeSlots(LocalDate from, LocalDate to);

        /** Books the slot for the patient the current citizen acts for; the appointment's id. */
        long book(long slotId, String reason);
    }

    /** A free slot as the invitation offers it. */
    record OfferedSlot(long slotId, LocalDateTime start, String clinicianName) {
    }

    Optional<Conversations> conversations();

    Optional<Booking> booking();

    /** Neither module: how the unit tests and a practice without them run. */
    OptionalModules NONE = new OptionalModules() {
        @Override
        public Optional<Conversations> conversations() {
            return Optional.empty();
        }

        @Override
        public Optional<Booking> booking() {
            return Optional.empty();
        }
    };
}
