package org.citizenservices.core.api.vua;

/** NHS login proved who someone is, but this installation has no account to open for them; the reason says why. */
public final class NhsLoginRefused extends RuntimeException {

    public enum Reason {
        /** Proved to P5 only: they can raise their level in the NHS App or at NHS login, or ask their practice. */
        NOT_PROVED_HIGH,
        /** No practice on this installation has the NHS number registered. */
        NOT_REGISTERED_HERE,
        /** The practice's record and NHS login disagree on the date of birth: the practice must check. */
        DETAILS_DIFFER,
        /** The practice suspended their online account, or the practice itself is suspended. */
        SUSPENDED
    }

    private final Reason reason;

    public NhsLoginRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
