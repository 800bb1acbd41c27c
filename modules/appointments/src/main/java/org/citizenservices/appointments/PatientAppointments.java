package org.citizenservices.appointments;

import org.osgi.annotation.versioning.ProviderType;

import java.time.LocalDate;
import java.util.List;

/**
 * The appointment book as another module sees it, for the patient the current citizen acts for (themself or, as a
 * proxy, a patient whose association registers APPOINTMENTS). Call it inside a citizen's request — a portal page or
 * a patient API call — as the module's own services are: it answers for that citizen, and audits as they would be.
 *
 * <p>Every method throws the SPI's {@code ServiceNotAvailableException} when APPOINTMENTS is not available to the
 * citizen for that patient now, and {@link IllegalArgumentException} with a message to show the citizen when the book
 * or the practice's rules refuse.
 */
@ProviderType
public interface PatientAppointments {

    /** The patient's booked appointments that have not started yet, earliest first. */
    List<UpcomingAppointment> upcoming();

    /**
     * Free slots the patient may book online between two days (both included; at most 62 days), earliest first;
     * days outside the practice's booking window give none.
     */
    List<BookableSlot> freeSlots(LocalDate from, LocalDate to);

    /**
     * Books one of the {@link #freeSlots free slots} for the patient, within the practice's booking window and its
     * maximum of future appointments; the practice sees it flagged as booked online.
     *
     * @param reason optional, at most 500 characters; reception staff may read it
     */
    UpcomingAppointment book(long slotId, String reason);
}
