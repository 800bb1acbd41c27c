package org.citizenservices.core.api.operator;

import org.citizenservices.core.api.operator.SupplierSignIn.SupplierAdminMember;
import org.citizenservices.core.api.practice.PracticeDetails;
import org.citizenservices.spi.CitizenService;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What a supplier administrator does in the supplier pages: see every practice on the installation with what it has
 * switched on, add one, and suspend or restore one. Each call checks in its transaction that the administrator is
 * still current, and is audited.
 */
public interface SupplierDesk {

    /** A practice as the supplier sees it: never its patients, only how many. */
    record PracticeOverview(String odsCode, String name, String address, LocalDateTime added, boolean suspended,
                            String suspendedReason, long staffUsers, long patients, long onlineAccounts,
                            Set<CitizenService> servicesOn) {
    }

    /** Every practice, by name. */
    List<PracticeOverview> practices(SupplierAdminMember admin);

    /** A new practice with the defaults, as {@link Provisioning#addPractice} gives one. */
    PracticeDetails addPractice(SupplierAdminMember admin, Provisioning.NewPractice practice);

    /**
     * Suspends the practice: its staff are signed out and cannot sign in, its clinical system gets no tokens and its
     * patients no services, until restored. Nothing is deleted.
     */
    void suspend(SupplierAdminMember admin, String odsCode, String reason);

    void restore(SupplierAdminMember admin, String odsCode);
}
