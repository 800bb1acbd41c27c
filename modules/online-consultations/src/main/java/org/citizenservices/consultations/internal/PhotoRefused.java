package org.citizenservices.consultations.internal;

import org.citizenservices.spi.ApiProblem;

/** A photo this request cannot take: the patient API answers with the status, the portal shows the words. */
public final class PhotoRefused extends ApiProblem {

    private PhotoRefused(int status, String title, String detail) {
        super(status, title, detail);
    }

    static PhotoRefused notFound() {
        return new PhotoRefused(404, "Not found", "There is no such online consultation.");
    }

    static PhotoRefused noPhoto() {
        return new PhotoRefused(404, "Not found", "This request has no photo.");
    }

    static PhotoRefused cannotTake(String why) {
        return new PhotoRefused(409, "Conflict", why);
    }

    static PhotoRefused tooLarge(String why) {
        return new PhotoRefused(413, "Too large", why);
    }

    static PhotoRefused notAPhoto() {
        return new PhotoRefused(415, "Unsupported file", "Send a photo (PNG or JPEG); this file is neither, whatever"
                + " its name says.");
    }
}
