package org.citizenservices.core.vua;

import java.util.List;

/**
 * Everything staff see about an online account on one page: its fields, what its status rule sees, identity
 * verifications, patient associations (live and ended), current and historic linkages, and its history.
 */
public record AccountDetails(Vua account, AccountStatusRule.Conditions conditions,
                             List<IdentityVerification> identityVerifications,
                             List<PatientAssociation> associations, List<AccountLinkage> linkages,
                             List<VuaHistoryEntry> history) {
}
