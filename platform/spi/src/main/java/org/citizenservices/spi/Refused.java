package org.citizenservices.spi;

/**
 * A request a capability's rules refuse: the one type every capability's own refusal extends ({@code BookingRefused},
 * {@code RecordRefused}, ...), so a page and the patient API each handle refusals in one way. The message is for the
 * reader, shown by a page (in an {@link ErrorSummary}) or written by the host as the detail of the problem document
 * a patient API call answers with; {@link #status()} is that answer's status, chosen by the capability per reason.
 *
 * <pre>{@code
 * public final class BookingRefused extends Refused {
 *     public enum Reason { SLOT_TAKEN, OUTSIDE_WINDOW, NOT_FOUND }
 *
 *     public BookingRefused(Reason reason, String message) {
 *         super(reason, switch (reason) {
 *             case SLOT_TAKEN -> 409;
 *             case OUTSIDE_WINDOW -> 422;
 *             case NOT_FOUND -> 404;
 *         }, message);
 *     }
 *
 *     @Override
 *     public Reason reason() {
 *         return (Reason) super.reason();
 *     }
 * }
 * }</pre>
 *
 * <p>It is an {@link ApiProblem}, so a handler lets it pass and the host answers with it (and audits the call as
 * denied); wrap the service call in {@link ApiProblem#answering} to answer its invalid input with 400 as well.
 *
 * @since 1.8
 */
public class Refused extends ApiProblem {

    private final Enum<?> reason;

    /**
     * @param reason  the capability's name for why, for pages and tests that tell refusals apart
     * @param status  the patient API's answer: 403 above the patient's level, 404 unknown or not yours, 409 a
     *                conflict with the current state, 413 too large, 415 a type not accepted, 422 a rule says no
     * @param message safe to show the reader
     */
    protected Refused(Enum<?> reason, int status, String message) {
        super(status, titleOf(status), message);
        this.reason = reason;
    }

    /** Why; a subclass narrows this to its own enum. */
    public Enum<?> reason() {
        return reason;
    }
}
