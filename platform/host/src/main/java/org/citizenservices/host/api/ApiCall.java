package org.citizenservices.host.api;

import org.citizenservices.core.api.vua.SignedInCitizen;

import java.util.Optional;

/**
 * The citizen and patient of the patient API call (IM1 style or GP Connect) running on this thread, so that
 * {@code ServiceAccess} answers for API calls as it does for portal pages.
 */
public final class ApiCall {

    private static final ThreadLocal<ApiCall> CURRENT = new ThreadLocal<>();

    private final SignedInCitizen citizen;
    private final long patientId;
    private volatile boolean audited;

    private ApiCall(SignedInCitizen citizen, long patientId) {
        this.citizen = citizen;
        this.patientId = patientId;
    }

    public static Optional<ApiCall> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static ApiCall begin(SignedInCitizen citizen, long patientId) {
        ApiCall call = new ApiCall(citizen, patientId);
        CURRENT.set(call);
        return call;
    }

    public static void end() {
        CURRENT.remove();
    }

    public SignedInCitizen citizen() {
        return citizen;
    }

    public long patientId() {
        return patientId;
    }

    /** The capability wrote its own audit event for this call (a booking, say), which then stands for the call. */
    public void markAudited() {
        audited = true;
    }

    public boolean audited() {
        return audited;
    }
}
