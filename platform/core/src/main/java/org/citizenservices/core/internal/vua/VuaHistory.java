package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.HistoryKind;
import jakarta.persistence.EntityManager;
import org.citizenservices.core.api.service.Actor;
import org.citizenservices.core.api.service.Times;

import java.time.Clock;

/** An account's history, as the account page shows it: each change in words, when and by whom. */
public final class VuaHistory {

    private final Clock clock;

    public VuaHistory(Clock clock) {
        this.clock = clock;
    }

    public void record(EntityManager em, Vua vua, HistoryKind kind, String description, Actor actor) {
        em.persist(new VuaHistoryEntry(vua.id(), Times.now(clock), kind, description, actor.label()));
    }
}
