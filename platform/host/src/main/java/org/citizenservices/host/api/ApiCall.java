package org.citizenservices.host.api;

import org.citizenservices.core.api.vua.SignedInCitizen;

import java.util.Optional;

/**
 * The citizen and patient of the patient API call running on this thread, so that {@code ServiceAccess} answers
 * for API calls as it does for portal pages.
 */
public final class ApiCall {

    private static final ThreadLocal<ApiCall> CURRENT = new ThreadLocal<>();

    private final SignedInCitizen citizen;
    private final long patientId;

    private ApiCall(SignedInCitizen citizen, long patientId) {
        this.citizen = citizen;
        this.patientId = patientId;
    }

    public static Optional<ApiCall> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void begin(SignedInCitizen citizen, long patientId) {
        CURRENT.set(new ApiCall(citizen, patientId));
    }

    static void end() {
        CURRENT.remove();
    }

    public SignedInCitizen citizen() {
        return citizen;
    }

    public long patientId() {
        return patientId;
    }
}
