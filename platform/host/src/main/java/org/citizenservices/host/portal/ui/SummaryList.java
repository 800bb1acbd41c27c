package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/** A list of label and value pairs ({@code <dl>}), the way NHS services show a record's details. */
@Tag("dl")
public final class SummaryList extends HtmlContainer {

    public SummaryList(String id) {
        setId(id);
        addClassName("summary-list");
    }

    public SummaryList row(String label, String value) {
        return row(label, value, null);
    }

    /** A row whose value carries {@code valueId} for tests and deep links. */
    public SummaryList row(String label, String value, String valueId) {
        Element dt = new Element("dt").setText(label);
        Element dd = new Element("dd").setText(value == null || value.isBlank() ? "Not recorded" : value);
        if (valueId != null) {
            dd.setAttribute("id", valueId);
        }
        getElement().appendChild(dt, dd);
        return this;
    }

    public SummaryList row(String label, Component value) {
        Element dt = new Element("dt").setText(label);
        Element dd = new Element("dd");
        dd.appendChild(value.getElement());
        getElement().appendChild(dt, dd);
        return this;
    }
}
