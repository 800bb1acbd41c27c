package org.citizenservices.appointments.internal;

import org.citizenservices.spi.CurrentStaff;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The practice's notices of bookings made online (practices ask to be alerted), until a member of staff marks each
 * seen. Both operations ask the host's {@link ServiceAccess} for a member of staff and stay inside that practice.
 */
public final class BookingNotices {

    private final BookTransactions transactions;
    private final ServiceAccess access;
    private final Clock practiceClock;

    BookingNotices(BookTransactions transactions, ServiceAccess access, Clock practiceClock) {
        this.transactions = transactions;
        this.access = access;
        this.practiceClock = practiceClock;
    }

    /** Notices of online bookings no one has marked seen, oldest first. */
    public List<StaffNotice> unseenNotices() {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        return transactions.read(em -> em.createQuery("select n from StaffNotice n where n.practiceOds = :ods"
                        + " and n.seenAt is null order by n.createdAt, n.appointmentId", StaffNotice.class)
                .setParameter("ods", staff.odsCode()).setMaxResults(200).getResultList());
    }

    public void markSeen(long noticeId) {
        CurrentStaff staff = access.requireStaff(Role.STAFF);
        transactions.write(em -> {
            StaffNotice notice = em.find(StaffNotice.class, noticeId);
            if (notice != null && notice.practiceOds().equals(staff.odsCode())) {
                notice.seen(LocalDateTime.now(practiceClock), staff.displayName());
            }
            return null;
        });
    }
}
