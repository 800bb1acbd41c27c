package org.citizenservices.core.service;

/**
 * The core's revision as a PostgreSQL sequence ({@code REVISION}, created by the core's migrations), for nodes that
 * share one database: a sequence moves on outside transactions and every session sees its last value at once, so a
 * write committed on one node makes the other nodes' cached access facts stale before their next decision — without
 * a row every write would have to lock.
 */
public final class SharedRevision implements Transactions.Revision {

    private final Transactions transactions;

    public SharedRevision(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long current() {
        return ((Number) transactions.read(em -> em.createNativeQuery("SELECT last_value FROM REVISION")
                .getSingleResult())).longValue();
    }

    @Override
    public void moveOn() {
        transactions.read(em -> em.createNativeQuery("SELECT nextval('REVISION')").getSingleResult());
    }
}
