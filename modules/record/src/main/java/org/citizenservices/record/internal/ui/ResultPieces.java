package org.citizenservices.record.internal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.citizenservices.record.internal.TestResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A test result's particulars as the record pages show them, to patients and to clinicians alike: the request it
 * answers, the value with unit and range, the laboratory's flag in words (never only a colour), and the clinician's
 * comment for the patient.
 */
final class ResultPieces {

    private ResultPieces() {
    }

    /** The lines for a citizen reading the result, each its own block; none for a result without particulars. */
    static List<Div> forCitizen(long itemId, TestResult result) {
        List<Div> lines = new ArrayList<>();
        if (result == null) {
            return lines;
        }
        if (result.request() != null) {
            lines.add(new Div(new Span("Test request: " + result.request())));
        }
        if (result.value() != null) {
            Div measured = new Div(new Span(result.measurement()));
            if (result.flag() != null) {
                Span flag = new Span(" — " + result.flag().label());
                flag.setId("record-flag-" + itemId);
                if (result.flag().flagged()) {
                    flag.getStyle().set("font-weight", "600");
                }
                measured.add(flag);
            }
            lines.add(measured);
        }
        if (result.comment() != null) {
            Div comment = new Div(new Span("Comment from your practice: " + result.comment()));
            comment.setId("record-comment-" + itemId);
            lines.add(comment);
        }
        return lines;
    }
}
