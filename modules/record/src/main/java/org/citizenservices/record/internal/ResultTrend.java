package org.citizenservices.record.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The results of one test a citizen may see, oldest first, for its trend: the chart plots those whose value is a
 * number; the table lists every one, so the two agree on each plotted point and the table also holds the rest
 * ("&lt;5", "positive").
 *
 * @param term           the test, as its latest result names it
 * @param unit           the latest result's unit, or {@code null}
 * @param referenceRange the latest result's reference range as the laboratory wrote it, or {@code null}
 */
public record ResultTrend(String term, String unit, String referenceRange, List<Point> points) {

    /** A value the chart can plot, as written: digits with an optional sign and decimal part. */
    public static final String NUMBER_TEXT = "-?\\d{1,12}(?:\\.\\d{1,6})?";
    private static final Pattern NUMBER = Pattern.compile(NUMBER_TEXT);

    /**
     * One result: when, its value as written, that value as a number when it is one ({@code null} otherwise), and the
     * laboratory's flag ({@code null} when it gave none).
     */
    public record Point(LocalDateTime at, String value, String unit, Double number, ResultFlag flag) {

        /** The value with its unit, and the flag when it is not normal, as a patient reads it: "44 mmol/mol (High)". */
        public String written() {
            return value + (unit == null ? "" : " " + unit) + (flag == null || !flag.flagged() ? ""
                    : " (" + flag.label() + ")");
        }
    }

    public ResultTrend {
        points = List.copyOf(points);
    }

    /** From the results newest first, as the record's pages read them. */
    static ResultTrend of(List<RecordEntry> newestFirst) {
        if (newestFirst.isEmpty()) {
            throw new IllegalArgumentException("A trend needs at least its own result");
        }
        List<Point> points = new ArrayList<>();
        for (RecordEntry entry : newestFirst) {
            TestResult result = entry.result() == null ? TestResult.of(null, null, null) : entry.result();
            points.add(new Point(entry.effectiveAt(), result.value(), result.unit(), number(result.value()),
                    result.flag()));
        }
        Collections.reverse(points);
        RecordEntry latest = newestFirst.get(0);
        TestResult result = latest.result();
        return new ResultTrend(latest.term(), result == null ? null : result.unit(),
                result == null ? null : result.referenceRange(), points);
    }

    /** The points with a number, in order: what a chart can plot. */
    public List<Point> plotted() {
        return points.stream().filter(p -> p.number() != null).toList();
    }

    static Double number(String value) {
        return value != null && NUMBER.matcher(value.trim()).matches() ? Double.valueOf(value.trim()) : null;
    }
}
