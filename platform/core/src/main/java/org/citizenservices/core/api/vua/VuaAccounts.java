package org.citizenservices.core.api.vua;

import org.citizenservices.core.api.domain.ContactDetails;
import org.citizenservices.core.api.domain.PersonName;
import org.citizenservices.core.api.service.StaffMember;

import java.time.LocalDate;
import java.util.List;

/**
 * Staff's side of online accounts (VUAs): creating, finding and reading them, editing their details and contact
 * preference, suspending and reinstating. Changes keep the account status rule and the history up to date.
 */
public interface VuaAccounts {

    /** Creates an account at the staff member's practice. */
    VuaDetails create(StaffMember staff, NewAccount details);

    /** Accounts of the staff member's practice whose name, account id or username matches {@code query}. */
    List<? extends VuaDetails> search(StaffMember staff, String query);

    /** The account page: everything about it, audited as a look at the account. */
    AccountDetails details(StaffMember staff, long vuaId);

    /** Corrects the holder's name, date of birth and contact details. */
    void editDetails(StaffMember staff, long vuaId, PersonName name, LocalDate dateOfBirth, ContactDetails contact);

    /** Sets how the holder wants to be told things. */
    void setContactPreference(StaffMember staff, long vuaId, ContactPreference preference);

    /** Suspends the account (it becomes INACTIVE and its sessions end), with a reason. */
    void suspend(StaffMember staff, long vuaId, String reason);

    /** Lifts a suspension; the status rule decides the status again. */
    void reinstate(StaffMember staff, long vuaId, String reason);
}
