package org.citizenservices.core.api.vua;

import java.util.List;

/**
 * Everything staff see about an online account on one page: its fields, what its status rule sees, identity
 * verifications, patient associations (live and ended), current and historic linkages, and its history.
 */
public record AccountDetails(VuaDetails account, AccountConditions conditions,
                             List<IdentityVerificationDetails> identityVerifications,
                             List<PatientAssociationDetails> associations, List<AccountLinkageDetails> linkages,
                             List<VuaHistoryDetails> history) {

    public AccountDetails {
        identityVerifications = List.copyOf(identityVerifications);
        associations = List.copyOf(associations);
        linkages = List.copyOf(linkages);
        history = List.copyOf(history);
    }
}
