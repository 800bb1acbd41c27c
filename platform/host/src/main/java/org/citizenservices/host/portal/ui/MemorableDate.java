package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.domain.InvalidValueException;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date people know by heart (date of birth) as three boxes — day, month, year — as NHS and GOV.UK services ask
 * for it: easier than a calendar picker for someone of 80, and typed the same way on every device.
 */
public final class MemorableDate extends Div implements HasValidation {

    private final TextField day = box("Day", 2);
    private final TextField month = box("Month", 2);
    private final TextField year = box("Year", 4);
    private final String what;
    private final Span error = new Span();

    public MemorableDate(String idPrefix, String label, String what) {
        this.what = what;
        setId(idPrefix);
        day.setId(idPrefix + "-day");
        month.setId(idPrefix + "-month");
        year.setId(idPrefix + "-year");
        Span legend = new Span(label);
        legend.addClassName("memorable-date-label");
        legend.setId(idPrefix + "-label");
        error.setId(idPrefix + "-error");
        error.addClassName("error-message");
        error.setVisible(false);
        Div boxes = new Div(day, month, year);
        boxes.addClassName("memorable-date-boxes");
        add(legend, error, boxes);
        addClassName("memorable-date");
        getElement().setAttribute("role", "group");
        // the group is named by its visible label, and described by its error when there is one
        getElement().setAttribute("aria-labelledby", legend.getId().orElseThrow());
        getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : "Error: " + message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    /** The whole date is wrong or missing: the message above the boxes, and each box marked. */
    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        day.setInvalid(invalid);
        month.setInvalid(invalid);
        year.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
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
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            throw new InvalidValueException("Enter the " + what);
        }
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
