package org.citizenservices.core.internal.service;

import org.citizenservices.core.internal.audit.AuditTrailService;
import org.citizenservices.core.internal.persistence.Transactions;

import java.time.Clock;

/**
 * A service of the core: it changes the core's tables in {@link #transactions}, writes what it did to the
 * {@link #audit} trail in the same transaction, and reads the time from {@link #clock} (tests move it).
 */
public abstract class CoreService {

    protected final Transactions transactions;
    protected final AuditTrailService audit;
    protected final Clock clock;

    protected CoreService(CoreContext context) {
        this.transactions = context.transactions();
        this.audit = context.audit();
        this.clock = context.clock();
    }
}
