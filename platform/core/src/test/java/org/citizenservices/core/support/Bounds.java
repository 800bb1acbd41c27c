package org.citizenservices.core.support;

import org.citizenservices.core.api.domain.FreeText;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.junit.jupiter.params.provider.Arguments;

import java.util.Collection;
import java.util.function.Function;

import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Text of a given length for the input-bound tests, and the counts that show a refused change left nothing behind.
 * A crafted portal request can send any length, so each bound is tried at its maximum, one over and at 10 KB.
 */
public final class Bounds {

    public static final int TEN_KB = 10 * 1024;

    private Bounds() {
    }

    /** The maximum (accepted), one over and 10 KB (both refused). */
    public static IntStream lengths(int max) {
        return IntStream.of(max, max + 1, TEN_KB);
    }

    /** Letters and spaces, starting and ending with a letter so trimming does not shorten it. */
    public static String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(i == 0 || i == length - 1 || i % 7 != 6 ? (char) ('a' + i % 26) : ' ');
        }
        return text.toString();
    }

    public static long auditEvents(CoreFixture fixture) {
        return fixture.core.transactions().read(em -> em.createQuery("select count(e) from AuditEvent e", Long.class)
                .getSingleResult());
    }

    public static long historyEntries(CoreFixture fixture, long vuaId) {
        return fixture.core.transactions().read(em -> em.createQuery(
                "select count(h) from VuaHistoryEntry h where h.vuaId = :vua", Long.class)
                .setParameter("vua", vuaId).getSingleResult());
    }

    /** The search box's lengths, for {@code @MethodSource("org.citizenservices.core.support.Bounds#searches")}. */
    public static Stream<Arguments> searches() {
        return lengths(FreeText.SEARCH).mapToObj(Arguments::of);
    }

    /** A search up to its limit finds nothing, quietly (no one has that name); a longer one is refused in words. */
    public static void search(int length, Function<String, ? extends Collection<?>> search) {
        String query = text(length);
        if (length <= FreeText.SEARCH) {
            assertThat(search.apply(query)).isEmpty();
        } else {
            assertThatThrownBy(() -> search.apply(query)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("A search is at most " + FreeText.SEARCH + " characters.");
        }
    }

    /** Each named case with each of its lengths, for a parameterised test. */
    public static <T> Stream<Arguments> cases(Stream<T> named, ToIntFunction<T> max) {
        return named.flatMap(c -> lengths(max.applyAsInt(c)).mapToObj(n -> Arguments.of(c, n)));
    }
}
