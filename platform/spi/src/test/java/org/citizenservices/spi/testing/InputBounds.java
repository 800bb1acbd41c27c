package org.citizenservices.spi.testing;

import org.junit.jupiter.params.provider.Arguments;

import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The lengths every module's input-bounds test tries for each bounded text field: its column's maximum, one more, and
 * far beyond (10 KiB). Used as a {@code @MethodSource}: {@code InputBounds.lengths(Field.values(), f -> f.max)}.
 */
public final class InputBounds {

    private InputBounds() {
    }

    /** One {@code (field, length)} argument pair per field and length. */
    public static <F> Stream<Arguments> lengths(F[] fields, ToIntFunction<F> max) {
        return Stream.of(fields).flatMap(f -> IntStream.of(max.applyAsInt(f), max.applyAsInt(f) + 1, 10 * 1024)
                .mapToObj(n -> Arguments.of(f, n)));
    }
}
