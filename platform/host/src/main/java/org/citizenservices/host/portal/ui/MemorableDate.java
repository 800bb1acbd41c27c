package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.domain.InvalidValueException;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date people know by heart (date of birth) as three boxes — day, month, year — as NHS and GOV.UK services ask
 * for it: easier than a calendar picker for someone of 80, and typed the same way on every device.
 */
public final class MemorableDate extends Div {

    private final TextField day = box("Day", 2);
    private final TextField month = box("Month", 2);
    private final TextField year = box("Year", 4);
    private final String what;

    public MemorableDate(String idPrefix, String label, String what) {
        this.what = what;
        setId(idPrefix);
        day.setId(idPrefix + "-day");
        month.setId(idPrefix + "-month");
        year.setId(idPrefix + "-year");
        Span legend = new Span(label);
        legend.addClassName("memorable-date-label");
        Div boxes = new Div(day, month, year);
        boxes.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        add(legend, boxes);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", label);
    }

    private static TextField box(String label, int digits) {
        TextField field = new TextField(label);
        field.setMaxLength(digits);
        field.setWidth((digits + 3) + "em");
        field.getElement().setAttribute("inputmode", "numeric");
        return field;
    }

    /** The date entered; throws with a message the person can act on. */
    public LocalDate value() {
        try {
            return LocalDate.of(Integer.parseInt(year.getValue().trim()), Integer.parseInt(month.getValue().trim()),
                    Integer.parseInt(day.getValue().trim()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new InvalidValueException("Enter the " + what + " as day, month and year in numbers, for example 14 3 1985.");
        }
    }

    public void setValue(LocalDate date) {
        day.setValue(date == null ? "" : Integer.toString(date.getDayOfMonth()));
        month.setValue(date == null ? "" : Integer.toString(date.getMonthValue()));
        year.setValue(date == null ? "" : Integer.toString(date.getYear()));
    }
}
