package org.citizenservices.record.internal.ui;

import org.citizenservices.record.internal.ResultFlag;
import org.citizenservices.record.internal.ResultTrend;
import org.citizenservices.record.internal.ResultTrend.Point;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend drawn as SVG agrees with the results it is drawn from, point for point, and says the same in words. */
class TrendChartTest {

    private static Point point(int year, String value, Double number) {
        return new Point(LocalDateTime.of(year, 1, 10, 9, 0), value, "g/L", number, null);
    }

    private static final ResultTrend HAEMOGLOBIN = new ResultTrend("Haemoglobin concentration", "g/L", "130-180",
            List.of(point(2021, "120", 120.0), point(2022, "150", 150.0), point(2023, "haemolysed", null),
                    point(2025, "185", 185.0)));

    @Test
    void everyNumberIsAMark_placedInDateOrderAndByValue_andOnlyTheOnesOutsideTheRangeAreSquares() {
        String svg = TrendChart.svg(HAEMOGLOBIN).orElseThrow();

        List<double[]> line = polyline(svg);
        assertThat(line).hasSize(3);
        // later results further right; a higher value higher up (a smaller y)
        assertThat(line.get(0)[0]).isLessThan(line.get(1)[0]);
        assertThat(line.get(1)[0]).isLessThan(line.get(2)[0]);
        assertThat(line.get(1)[1]).isLessThan(line.get(0)[1]);
        assertThat(line.get(2)[1]).isLessThan(line.get(1)[1]);
        // 120 and 185 lie outside 130-180: squares; 150 within it: a circle
        assertThat(count(svg, "<circle ")).isEqualTo(1);
        assertThat(count(svg, "width=\"10\" height=\"10\"")).isEqualTo(2);
        // the shaded range sits between the marks of 120 (below it) and 185 (above it)
        Matcher band = Pattern.compile("<rect x=\"[\\d.]+\" y=\"([\\d.]+)\" width=\"[\\d.]+\" height=\"([\\d.]+)\" "
                + "fill=\"#cce7d6\"/>").matcher(svg);
        assertThat(band.find()).isTrue();
        double top = Double.parseDouble(band.group(1));
        double bottom = top + Double.parseDouble(band.group(2));
        assertThat(line.get(0)[1]).isGreaterThan(bottom);
        assertThat(line.get(2)[1]).isLessThan(top);
        assertThat(line.get(1)[1]).isBetween(top, bottom);
        assertThat(svg).contains("10 January 2021", "10 January 2025");
    }

    @Test
    void theWordsSayWhatTheChartShows() {
        assertThat(TrendChart.summary(HAEMOGLOBIN)).isEqualTo("Haemoglobin concentration: 4 results, from 10 January "
                + "2021 to 10 January 2025. Lowest 120 g/L, highest 185 g/L. Latest 185 g/L. Reference range 130-180.");
        ResultTrend one = new ResultTrend("Serum ferritin", null, null, List.of(new Point(LocalDateTime.of(2024, 5, 2,
                9, 0), "positive", null, null, null)));
        assertThat(TrendChart.summary(one)).isEqualTo("Serum ferritin: 1 result, on 2 May 2024. Latest positive.");
    }

    @Test
    void theLaboratorysFlagDecidesTheMark_andTheWordsCarryIt_theRangeOnlyWhenThereIsNoFlag() {
        LocalDateTime at = LocalDateTime.of(2024, 1, 10, 9, 0);
        // 175 within 130-180 but flagged high; 125 below it but called normal; 200 above it with no flag
        ResultTrend flagged = new ResultTrend("Haemoglobin concentration", "g/L", "130-180", List.of(
                new Point(at, "175", "g/L", 175.0, ResultFlag.HIGH),
                new Point(at.plusYears(1), "125", "g/L", 125.0, ResultFlag.NORMAL),
                new Point(at.plusYears(2), "200", "g/L", 200.0, null)));
        String svg = TrendChart.svg(flagged).orElseThrow();

        assertThat(count(svg, "<circle ")).isEqualTo(1);
        assertThat(count(svg, "width=\"10\" height=\"10\"")).isEqualTo(2);
        assertThat(TrendChart.summary(flagged)).contains("Lowest 125 g/L, highest 200 g/L.",
                "Latest 200 g/L.");
        assertThat(flagged.points().get(0).written()).isEqualTo("175 g/L (High)");
        assertThat(flagged.points().get(1).written()).isEqualTo("125 g/L");
    }

    @Test
    void fewerThanTwoNumbers_drawNoChart_andAnUnreadableRangeNoBand() {
        ResultTrend oneNumber = new ResultTrend("HbA1c", "mmol/mol", null,
                List.of(point(2024, "48", 48.0), point(2025, "see report", null)));
        assertThat(TrendChart.svg(oneNumber)).isEmpty();

        ResultTrend unreadable = new ResultTrend("HbA1c", "<mmol&mol>", "see the laboratory's report",
                List.of(point(2024, "48", 48.0), point(2025, "52", 52.0)));
        String svg = TrendChart.svg(unreadable).orElseThrow();
        assertThat(svg).doesNotContain("#cce7d6").contains("&lt;mmol&amp;mol&gt;").doesNotContain("<mmol");
        assertThat(count(svg, "<circle ")).isEqualTo(2);
    }

    @Test
    void openEndedRanges_areRead() {
        assertThat(TrendChart.Range.of("<5.0")).contains(new TrendChart.Range(null, 5.0));
        assertThat(TrendChart.Range.of(">60")).contains(new TrendChart.Range(60.0, null));
        assertThat(TrendChart.Range.of("3.5 - 5.3")).contains(new TrendChart.Range(3.5, 5.3));
        assertThat(TrendChart.Range.of("normal")).isEmpty();
        assertThat(new TrendChart.Range(60.0, null).contains(88)).isTrue();
        assertThat(new TrendChart.Range(null, 5.0).contains(5.1)).isFalse();
    }

    private static List<double[]> polyline(String svg) {
        Matcher points = Pattern.compile("<polyline [^>]*points=\"([^\"]+)\"").matcher(svg);
        assertThat(points.find()).isTrue();
        List<double[]> pairs = new ArrayList<>();
        for (String pair : points.group(1).split(" ")) {
            String[] xy = pair.split(",");
            pairs.add(new double[]{Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return pairs;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
