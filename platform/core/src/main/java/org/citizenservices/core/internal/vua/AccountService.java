package org.citizenservices.core.internal.vua;

import org.citizenservices.core.internal.service.CoreContext;
import org.citizenservices.core.internal.service.CoreService;

/**
 * A core service that changes online accounts: after a change it lets the {@link #statusRule} derive the account's
 * status, and it notes the change in the account's {@link #history} for staff to display.
 */
abstract class AccountService extends CoreService {

    protected final AccountStatusRule statusRule;
    protected final VuaHistory history;

    protected AccountService(CoreContext context, AccountStatusRule statusRule) {
        super(context);
        this.statusRule = statusRule;
        this.history = new VuaHistory(clock);
    }
}
