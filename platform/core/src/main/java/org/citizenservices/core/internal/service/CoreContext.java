package org.citizenservices.core.internal.service;

import org.citizenservices.core.internal.audit.AuditTrailService;
import org.citizenservices.core.internal.persistence.Transactions;

import java.time.Clock;

/**
 * What every service of the core works with: the core's transactions, its audit trail and its clock. Handed to
 * each service as one value, so the core's assembly names each service's own collaborators only.
 */
public record CoreContext(Transactions transactions, AuditTrailService audit, Clock clock) {
}
