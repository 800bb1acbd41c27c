package org.citizenservices.prescriptions.internal;

import org.citizenservices.spi.Refused;

/** A prescription request or change the rules refuse, with a message for the reader. */
public final class PrescriptionRefused extends Refused {

    public enum Reason {
        /** the course cannot be requested (not a current repeat, or an acute the practice does not offer): 422 */
        NOT_REQUESTABLE,
        /** the course already has a request outstanding: 409 */
        ALREADY_REQUESTED,
        /** the request is in a status that does not allow this: 409 */
        WRONG_STATUS,
        /** no such request or course for this patient: 404 */
        NOT_FOUND,
        /** the pharmacy named is not in the directory: 422 */
        UNKNOWN_PHARMACY
    }

    public PrescriptionRefused(Reason reason, String message) {
        super(reason, switch (reason) {
            case NOT_FOUND -> 404;
            case NOT_REQUESTABLE, UNKNOWN_PHARMACY -> 422;
            case ALREADY_REQUESTED, WRONG_STATUS -> 409;
        }, message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
