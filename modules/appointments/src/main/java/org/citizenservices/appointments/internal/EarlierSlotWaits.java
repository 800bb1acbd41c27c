package org.citizenservices.appointments.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.CurrentCitizen;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.ServiceAccess;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The citizen's side of the earlier-slot waiting list — ask to be offered an earlier slot for a booked appointment,
 * see the offer, decline it or leave the list (taking it is {@link OnlineBooking#takeEarlierSlot}) — and the sweep
 * that lets offers run out and tells patients of new ones. Every citizen operation asks the host's
 * {@link ServiceAccess} for APPOINTMENTS and is audited; the moves themselves are {@link EarlierSlotOffers}'.
 */
public final class EarlierSlotWaits {

    /** A place on the list as the patient sees it: the offer's slot and deadline while one is held for them. */
    public record Place(long appointmentId, EarlierSlotWait.Status status, LocalDateTime askedAt,
                        LocalDateTime offeredStart, LocalDateTime offerExpiresAt) {
    }

    private static final java.time.format.DateTimeFormatter HOURS = java.time.format.DateTimeFormatter.ofPattern(
            "HH:mm");

    private final BookTransactions transactions;
    private final ServiceAccess access;
    private final Clock practiceClock;

    EarlierSlotWaits(BookTransactions transactions, ServiceAccess access, Clock practiceClock) {
        this.transactions = transactions;
        this.access = access;
        this.practiceClock = practiceClock;
    }

    /** Puts the patient's booked appointment on the list. */
    public Place ask(long appointmentId) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        LocalDateTime now = LocalDateTime.now(practiceClock);
        Place place = transactions.write(em -> {
            Appointment appointment = OnlineBooking.booked(em, citizen, appointmentId);
            if (!BookingRules.from(access::practiceSetting).mayCancel(appointment.startsAt(), now)) {
                throw new BookingRefused(BookingRefused.Reason.PAST_CUT_OFF, "It is too late to change this"
                        + " appointment online. Please phone the practice.");
            }
            if (active(em, appointmentId).isPresent()) {
                throw new BookingRefused(BookingRefused.Reason.SLOT_TAKEN, "You are already waiting for an earlier"
                        + " appointment instead of this one.");
            }
            EarlierSlotWait wait = new EarlierSlotWait(appointment, em.find(Slot.class, appointment.slotId()), now,
                    citizen.displayName());
            em.persist(wait);
            return place(em, wait);
        });
        access.audit("EARLIER_SLOT_ASKED", "appointment " + appointmentId);
        return place;
    }

    /** The patient's places on the list, waiting or offered. */
    public List<Place> places() {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        return transactions.read(em -> em.createQuery("select w from EarlierSlotWait w where w.patientId = :patient"
                        + " and w.practiceOds = :ods and w.status in :active order by w.askedAt", EarlierSlotWait.class)
                .setParameter("patient", citizen.actingFor().patientId()).setParameter("ods", citizen.odsCode())
                .setParameter("active", List.of(EarlierSlotWait.Status.WAITING, EarlierSlotWait.Status.OFFERED))
                .getResultList().stream().map(w -> place(em, w)).toList());
    }

    /** Declines the slot offered: the patient waits on for another; the slot goes to the next patient. */
    public void decline(long appointmentId) {
        change(appointmentId, true, "EARLIER_SLOT_DECLINED");
    }

    /** Leaves the list for this appointment, letting any offer go to the next patient. */
    public void withdraw(long appointmentId) {
        change(appointmentId, false, "EARLIER_SLOT_WITHDRAWN");
    }

    private void change(long appointmentId, boolean declining, String action) {
        CurrentCitizen citizen = access.require(CitizenService.APPOINTMENTS);
        LocalDateTime now = LocalDateTime.now(practiceClock);
        transactions.write(em -> {
            OnlineBooking.booked(em, citizen, appointmentId);
            EarlierSlotWait wait = active(em, appointmentId).filter(w -> !declining
                    || w.status() == EarlierSlotWait.Status.OFFERED).orElseThrow(() -> new BookingRefused(
                    BookingRefused.Reason.NOT_FOUND, declining ? "No earlier appointment is on offer." : "You are"
                    + " not waiting for an earlier appointment instead of this one."));
            if (declining) {
                EarlierSlotOffers.letPass(em, wait, now);
            } else {
                EarlierSlotOffers.withdraw(em, wait, now);
            }
            return null;
        });
        access.audit(action, "appointment " + appointmentId);
        tellOffers();
    }

    /** Lets offers whose time has run out pass on, then tells patients of offers not yet told; how many ran out. */
    public int sweep() {
        LocalDateTime now = LocalDateTime.now(practiceClock);
        List<Long> expired = transactions.read(em -> em.createQuery("select w.id from EarlierSlotWait w"
                        + " where w.status = :offered and w.offerExpiresAt <= :now", Long.class)
                .setParameter("offered", EarlierSlotWait.Status.OFFERED).setParameter("now", now).getResultList());
        int passed = 0;
        for (long id : expired) {
            passed += transactions.write(em -> {
                EarlierSlotWait wait = em.find(EarlierSlotWait.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (wait == null || wait.status() != EarlierSlotWait.Status.OFFERED
                        || wait.offerExpiresAt().isAfter(now)) {
                    return 0;
                }
                EarlierSlotOffers.letPass(em, wait, now);
                return 1;
            });
        }
        tellOffers();
        return passed;
    }

    /**
     * Tells each patient (and their proxies who book for them) of an offer not yet told: each offer is claimed by one
     * node before telling, so nobody hears twice. No clinical detail: when, and by when to take it.
     */
    void tellOffers() {
        List<Object[]> due = transactions.read(em -> em.createQuery("select w.id, w.patientId, s.startsAt,"
                        + " w.offerExpiresAt from EarlierSlotWait w, Slot s where w.status = :offered"
                        + " and w.offerNotified = false and s.id = w.offeredSlotId", Object[].class)
                .setParameter("offered", EarlierSlotWait.Status.OFFERED).getResultList());
        for (Object[] offer : due) {
            int claimed = transactions.write(em -> em.createNativeQuery("UPDATE EARLIER_SLOT_WAIT SET"
                            + " OFFER_NOTIFIED = TRUE WHERE ID = ? AND OFFER_NOTIFIED = FALSE AND STATUS = 'OFFERED'")
                    .setParameter(1, offer[0]).executeUpdate());
            if (claimed == 1) {
                LocalDateTime start = (LocalDateTime) offer[2];
                LocalDateTime by = (LocalDateTime) offer[3];
                access.notifyPatient((Long) offer[1], CitizenService.APPOINTMENTS, "An earlier appointment is free: "
                        + Formats.date(start.toLocalDate()) + " at " + start.format(HOURS) + ". Take it online by "
                        + by.format(HOURS) + " on " + Formats.date(by.toLocalDate())
                        + ", or it is offered to the next person.");
            }
        }
    }

    /** The appointment's place on the list while waiting or offered. */
    static Optional<EarlierSlotWait> active(EntityManager em, long appointmentId) {
        return EarlierSlotOffers.active(em, appointmentId).stream().findFirst();
    }

    private static Place place(EntityManager em, EarlierSlotWait wait) {
        Slot offered = wait.offeredSlotId() == null ? null : em.find(Slot.class, wait.offeredSlotId());
        return new Place(wait.appointmentId(), wait.status(), wait.askedAt(),
                offered == null ? null : offered.startsAt(), wait.offerExpiresAt());
    }
}
