package org.citizenservices.core.internal.operator;

import org.citizenservices.core.internal.vua.IdentityVerificationsService;
import org.citizenservices.core.internal.vua.LinkageKeysService;
import org.citizenservices.core.internal.vua.PatientAccess;
import org.citizenservices.core.internal.vua.PatientAssociationsService;
import org.citizenservices.core.internal.vua.SessionRevocationsService;
import org.citizenservices.core.internal.vua.VuaAccountsService;

/** The account-side services a letter run is built from, so its data obeys their rules, histories and audit. */
public record AccountServices(VuaAccountsService accounts, IdentityVerificationsService verifications,
                              PatientAssociationsService associations, LinkageKeysService keys,
                              PatientAccess patientAccess, SessionRevocationsService revocations,
                              org.citizenservices.core.internal.vua.AccountStatusRule statusRule) {
}
