package org.citizenservices.host.integration;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that stops at a limit: a chunked upload cannot pass it by not declaring its length. */
final class LimitedInput extends FilterInputStream {

    static final class TooLarge extends IOException {
        TooLarge() {
            super("over the limit");
        }
    }

    private long left;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.left = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && --left < 0) {
            throw new TooLarge();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            left -= n;
            if (left < 0) {
                throw new TooLarge();
            }
        }
        return n;
    }
}
