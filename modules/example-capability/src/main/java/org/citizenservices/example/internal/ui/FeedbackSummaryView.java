package org.citizenservices.example.internal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citizenservices.example.internal.FeedbackEntry;
import org.citizenservices.example.internal.FeedbackService;
import org.citizenservices.spi.Formats;
import org.citizenservices.spi.PracticeTime;

import java.time.LocalDateTime;

/** The practice's view of its Friends and Family Test results. */
public class FeedbackSummaryView extends VerticalLayout {

    public FeedbackSummaryView(FeedbackService service) {
        setId("feedback-summary-view");
        add(new H1("Friends and Family Test results"));
        add(counts(service));
        add(new H2("Latest responses"));
        add(latest(service));
    }

    private static UnorderedList counts(FeedbackService service) {
        UnorderedList list = new UnorderedList();
        list.setId("feedback-counts");
        service.countsByRating().forEach((rating, count) -> list.add(new ListItem(rating.label() + ": " + count)));
        return list;
    }

    private static Grid<FeedbackEntry> latest(FeedbackService service) {
        Grid<FeedbackEntry> grid = new Grid<>();
        grid.setId("feedback-latest");
        grid.addColumn(e -> Formats.shortDateTime(LocalDateTime.ofInstant(e.submittedAt(), PracticeTime.ZONE)))
                .setHeader("Received").setAutoWidth(true);
        grid.addColumn(e -> e.rating().label()).setHeader("Answer").setAutoWidth(true);
        grid.addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader("Comment").setFlexGrow(1);
        grid.setItems(service.latest(100));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
