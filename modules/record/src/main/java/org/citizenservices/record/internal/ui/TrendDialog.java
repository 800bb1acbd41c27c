package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import org.citizenservices.record.internal.ResultTrend;
import org.citizenservices.record.internal.ResultTrend.Point;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.StackingTable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * One test's results over time: the summary in words, the chart ({@link TrendChart}) when two or more are numbers,
 * and the table of every result, newest first — the chart's alternative for anyone who cannot see it.
 */
final class TrendDialog extends Dialog {

    TrendDialog(ResultTrend trend) {
        setId("trend-dialog");
        setHeaderTitle(trend.term() + " over time");
        setMaxWidth("min(44rem, 96vw)");
        String summary = TrendChart.summary(trend);
        Paragraph words = new Paragraph(summary);
        words.setId("trend-summary");
        add(words);
        TrendChart.svg(trend).ifPresent(svg -> {
            Image chart = new Image("data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), summary);
            chart.setId("trend-chart");
            chart.setWidthFull();
            chart.setMaxWidth(TrendChart.WIDTH + "px");
            add(chart, new Paragraph("Shaded: the reference range. A square marks a result the laboratory flagged, or"
                    + " outside the range."));
        });
        H2 heading = new H2("Every result");
        StackingTable<Point> table = new StackingTable<>("trend-table", "No results.");
        table.column("Date", p -> Formats.shortDateTime(p.at()))
                .column("Result", p -> p.value() + (p.unit() == null ? "" : " " + p.unit()))
                .column("Flag", p -> p.flag() == null ? "" : p.flag().label());
        List<Point> newestFirst = new ArrayList<>(trend.points());
        Collections.reverse(newestFirst);
        table.setItems(newestFirst);
        Button close = new Button("Close", e -> close());
        close.setId("trend-close");
        // in the content, not the footer: the content scrolls on a phone, and a keyboard must be able to reach into it
        add(heading, table, close);
    }
}
