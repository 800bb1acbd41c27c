package org.citizenservices.core.api.vua;

import java.util.function.LongConsumer;

/** Tells listeners when an account's sessions must end (suspension, new linkage key, revoked linkage). */
public interface SessionRevocations {

    /** Calls {@code onRevokedVuaId} with the account's id whenever its sessions are revoked. */
    void listen(LongConsumer onRevokedVuaId);
}
