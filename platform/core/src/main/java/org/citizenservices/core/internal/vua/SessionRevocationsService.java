package org.citizenservices.core.internal.vua;

import org.citizenservices.core.api.vua.SessionRevocations;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Tells the places that hold citizen sessions (the portal, the patient API) that an account's linkages were
 * revoked, so they end its sessions at once. Sessions also re-check their linkage on use; this only makes the end
 * immediate.
 */
public final class SessionRevocationsService implements SessionRevocations {

    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    public void listen(LongConsumer onRevokedVuaId) {
        listeners.add(onRevokedVuaId);
    }

    public void revoked(long vuaId) {
        listeners.forEach(listener -> listener.accept(vuaId));
    }
}
