package org.citizenservices.record.internal.ui;

import org.citizenservices.record.internal.ResultTrend;
import org.citizenservices.record.internal.ResultTrend.Point;
import org.citizenservices.spi.Formats;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result's trend drawn on the server as SVG, with no chart library: the values over time as a line with a mark per
 * result — a circle for a usual one, a square for one the laboratory flagged or, without its flag, one outside the
 * reference range (so the difference never rests on colour) — the
 * range as a shaded band when the laboratory wrote it as "low-high", "&lt;high" or "&gt;low", four values up the side
 * and the first and last dates along the bottom. Its words ({@link #summary}) are the image's alternative text; the
 * table beside it lists every result.
 */
final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;
    private static final String NUMBER = "(" + ResultTrend.NUMBER_TEXT + ")";
    private static final Pattern BETWEEN = Pattern.compile("\\s*" + NUMBER + "\\s*(?:-|–|to)\\s*" + NUMBER + "\\s*");
    private static final Pattern BELOW = Pattern.compile("\\s*<=?\\s*" + NUMBER + "\\s*");
    private static final Pattern ABOVE = Pattern.compile("\\s*>=?\\s*" + NUMBER + "\\s*");

    /** The reference range as numbers; either end may be open. */
    record Range(Double low, Double high) {
        static Optional<Range> of(String written) {
            if (written == null) {
                return Optional.empty();
            }
            Matcher between = BETWEEN.matcher(written);
            if (between.matches()) {
                return Optional.of(new Range(Double.valueOf(between.group(1)), Double.valueOf(between.group(2))));
            }
            Matcher below = BELOW.matcher(written);
            if (below.matches()) {
                return Optional.of(new Range(null, Double.valueOf(below.group(1))));
            }
            Matcher above = ABOVE.matcher(written);
            return above.matches() ? Optional.of(new Range(Double.valueOf(above.group(1)), null)) : Optional.empty();
        }

        boolean contains(double value) {
            return (low == null || value >= low) && (high == null || value <= high);
        }
    }

    private TrendChart() {
    }

    /** The chart, or empty when fewer than two results are numbers (a line needs two). */
    static Optional<String> svg(ResultTrend trend) {
        List<Point> plotted = trend.plotted();
        if (plotted.size() < 2) {
            return Optional.empty();
        }
        Optional<Range> range = Range.of(trend.referenceRange());
        double min = plotted.stream().mapToDouble(Point::number).min().orElseThrow();
        double max = plotted.stream().mapToDouble(Point::number).max().orElseThrow();
        if (range.isPresent()) {
            min = Math.min(min, range.get().low() == null ? min : range.get().low());
            max = Math.max(max, range.get().high() == null ? max : range.get().high());
        }
        double pad = max == min ? 1 : (max - min) * 0.1;
        Scale scale = new Scale(plotted, min - pad, max + pad);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" font-family=\"Arial, sans-serif\" font-size=\"13\" fill=\"#212b32\">");
        svg.append(rect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM, "#ffffff\" stroke=\"#768692"));
        range.ifPresent(r -> {
            double top = scale.y(r.high() == null ? scale.max : r.high());
            double bottom = scale.y(r.low() == null ? scale.min : r.low());
            svg.append(rect(LEFT, top, WIDTH - LEFT - RIGHT, bottom - top, "#cce7d6"));
        });
        for (int tick = 0; tick < 4; tick++) {
            double value = scale.min + (scale.max - scale.min) * tick / 3;
            svg.append(text(LEFT - 8, scale.y(value) + 4, "end", number(value, scale.max - scale.min)));
        }
        if (trend.unit() != null) {
            svg.append(text(LEFT, TOP - 8, "start", escape(trend.unit())));
        }
        svg.append(text(LEFT, HEIGHT - 12, "start", Formats.date(plotted.get(0).at().toLocalDate())));
        svg.append(text(WIDTH - RIGHT, HEIGHT - 12, "end",
                Formats.date(plotted.get(plotted.size() - 1).at().toLocalDate())));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < plotted.size(); i++) {
            line.append(i == 0 ? "" : " ").append(coordinate(scale.x(i))).append(',')
                    .append(coordinate(scale.y(plotted.get(i).number())));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#005eb8\" stroke-width=\"2\" points=\"").append(line)
                .append("\"/>");
        for (int i = 0; i < plotted.size(); i++) {
            Point point = plotted.get(i);
            svg.append(mark(scale.x(i), scale.y(point.number()), usual(point, range)));
        }
        return Optional.of(svg.append("</svg>").toString());
    }

    /** What the chart shows, in words: its alternative text, and the first thing the dialog says. */
    static String summary(ResultTrend trend) {
        List<Point> points = trend.points();
        Point latest = points.get(points.size() - 1);
        StringBuilder words = new StringBuilder(trend.term() + ": " + points.size()
                + (points.size() == 1 ? " result, on " : " results, from " + Formats.date(points.get(0).at()
                .toLocalDate()) + " to ") + Formats.date(latest.at().toLocalDate()) + ".");
        List<Point> plotted = trend.plotted();
        if (!plotted.isEmpty()) {
            Point lowest = plotted.stream().min(java.util.Comparator.comparing(Point::number)).orElseThrow();
            Point highest = plotted.stream().max(java.util.Comparator.comparing(Point::number)).orElseThrow();
            words.append(" Lowest ").append(valueOf(lowest)).append(", highest ").append(valueOf(highest)).append('.');
        }
        words.append(" Latest ").append(valueOf(latest)).append('.');
        if (trend.referenceRange() != null) {
            words.append(" Reference range ").append(trend.referenceRange()).append('.');
        }
        return words.toString();
    }

    private static String valueOf(Point point) {
        return point.written();
    }

    /** The laboratory's word first; the range decides only when it gave none. */
    private static boolean usual(Point point, Optional<Range> range) {
        return point.flag() != null ? !point.flag().flagged()
                : range.map(r -> r.contains(point.number())).orElse(true);
    }

    /** Where each result goes: along the bottom by its date, up the side by its value. */
    private static final class Scale {
        private final long[] seconds;
        private final double min;
        private final double max;

        Scale(List<Point> plotted, double min, double max) {
            this.seconds = plotted.stream().mapToLong(p -> p.at().toEpochSecond(ZoneOffset.UTC)).toArray();
            this.min = min;
            this.max = max;
        }

        double x(int index) {
            long first = seconds[0];
            long span = seconds[seconds.length - 1] - first;
            // results all taken at one moment are spread evenly instead
            double share = span == 0 ? (double) index / (seconds.length - 1) : (double) (seconds[index] - first) / span;
            return LEFT + share * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return TOP + (max - value) / (max - min) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String mark(double x, double y, boolean inRange) {
        return inRange
                ? "<circle cx=\"" + coordinate(x) + "\" cy=\"" + coordinate(y) + "\" r=\"4\" fill=\"#005eb8\"/>"
                : "<rect x=\"" + coordinate(x - 5) + "\" y=\"" + coordinate(y - 5)
                + "\" width=\"10\" height=\"10\" fill=\"#d5281b\"/>";
    }

    private static String rect(double x, double y, double width, double height, String fill) {
        return "<rect x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" width=\"" + coordinate(width)
                + "\" height=\"" + coordinate(height) + "\" fill=\"" + fill + "\"/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor + "\">" + text
                + "</text>";
    }

    private static String coordinate(double value) {
        return BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    private static String number(double value, double span) {
        return BigDecimal.valueOf(span >= 30 ? Math.round(value) : Math.round(value * 10) / 10.0)
                .stripTrailingZeros().toPlainString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
