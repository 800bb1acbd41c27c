package org.citizenservices.spi;

/**
 * An upload the {@link UploadPolicy} refuses, with a message safe to show and the HTTP status an API answers with.
 * (1.8) A {@link Refused}, so a route that lets it pass answers with that status.
 *
 * @since 1.7
 */
public final class UploadRefused extends Refused {

    public enum Reason {
        /** no bytes at all: 400 */
        EMPTY(400),
        /** over the installation's maximum: 413 */
        TOO_LARGE(413),
        /** its content is not one of the allowed types, whatever its name or declared type: 415 */
        UNSUPPORTED_TYPE(415);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public UploadRefused(Reason reason, String message) {
        super(reason, reason.status(), message);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
