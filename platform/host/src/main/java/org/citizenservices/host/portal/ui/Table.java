package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

import java.util.List;

/**
 * A plain HTML table with a header row: readable by screen readers as a table, printable, and easy to test. Used for
 * short lists (a patient's associations, an account's history) where a grid's virtual scrolling is not needed.
 */
@Tag("table")
public final class Table extends HtmlContainer {

    private final Element body = new Element("tbody");
    private final List<String> headers;

    public Table(String id, String caption, List<String> headers) {
        setId(id);
        this.headers = List.copyOf(headers);
        addClassName("data-table");
        if (caption != null) {
            getElement().appendChild(new Element("caption").setText(caption));
        }
        Element head = new Element("thead");
        Element row = new Element("tr");
        headers.forEach(h -> row.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        head.appendChild(row);
        getElement().appendChild(head, body);
    }

    /** A row of cells, each text or a component. */
    public Element row(Object... cells) {
        Element row = new Element("tr");
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            Element td = new Element("td");
            // on a phone the header row is hidden and each cell is labelled instead
            if (i < headers.size() && !headers.get(i).isBlank()) {
                td.setAttribute("data-label", headers.get(i));
            }
            if (cell instanceof Component component) {
                td.appendChild(component.getElement());
            } else {
                td.setText(cell == null ? "" : cell.toString());
            }
            row.appendChild(td);
        }
        body.appendChild(row);
        return row;
    }

    public void clearRows() {
        body.removeAllChildren();
    }

    public int rowCount() {
        return body.getChildCount();
    }
}
