package org.citizenservices.spi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list of things a citizen reads and acts on — appointments, free slots, requests, conversations, record entries —
 * as a table on a wide screen and as stacked cards on a phone: NHS.UK's responsive table. Below 40em (640 px, and so
 * also at 200 % zoom on a laptop) each row becomes a card: the first column is its title, every other cell says what
 * it is ("With: Dr Patel"), words wrap only between words, and the action fills the card's width under the rest, so
 * nothing needs a sideways scroll. The portal's stylesheet does the switch ({@code .stacking-table}); the table keeps
 * its table roles at every width, so a screen reader reads the same rows and headers either way.
 *
 * <p>Rows are plain elements, not a virtual grid: a long list is read a page at a time with {@link #setPages},
 * which shows a "Show more" button while there may be more.
 *
 * <pre>{@code
 * StackingTable<FreeSlot> slots = new StackingTable<FreeSlot>("free-slots", "No appointments match.")
 *         .column("Date and time", s -> Formats.dayAndTime(s.start()))
 *         .column("With", FreeSlot::clinicianName)
 *         .column("Where", FreeSlot::location)
 *         .action(s -> new Button("Book", e -> book(s)))
 *         .rowId(s -> "slot-" + s.slotId());
 * slots.setItems(found);
 * }</pre>
 *
 * @param <T> what a row shows
 * @since 1.11
 */
public class StackingTable<T> extends Div {

    /** A page of rows: those starting at {@code offset}, at most {@code limit} of them. */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> fetch(int offset, int limit);
    }

    private record Column<T>(String header, Function<T, ?> cell) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    private final Element table = new Element("table");
    private final Element headerRow = new Element("tr");
    private final Element body = new Element("tbody");
    private final Paragraph empty;
    private final Button more = new Button("Show more");
    private Function<T, ?> action;
    private Function<T, String> rowId;
    private Pages<T> pages;
    private int pageSize;
    private int shown;

    /**
     * @param id        the element id (the Show more button is {@code <id>-more})
     * @param emptyText what to say instead of an empty table ("No upcoming appointments.")
     */
    public StackingTable(String id, String emptyText) {
        setId(id);
        addClassName("stacking-table");
        // the roles survive the phone's display:block, which would otherwise take the table semantics away
        table.setAttribute("role", "table");
        Element head = new Element("thead").setAttribute("role", "rowgroup");
        headerRow.setAttribute("role", "row");
        head.appendChild(headerRow);
        body.setAttribute("role", "rowgroup");
        table.appendChild(head, body);
        empty = new Paragraph(emptyText);
        empty.addClassName("stacking-table-empty");
        more.setId(id + "-more");
        more.addClassName("stacking-table-more");
        more.addClickListener(click -> showMore());
        getElement().appendChild(table);
        add(empty, more);
        showRows();
    }

    /**
     * A column of text (or a component: a tag, a link). The first column is each card's title on a phone; a cell
     * that is {@code null} or blank is left out of the card.
     */
    public StackingTable<T> column(String header, Function<T, ?> cell) {
        columns.add(new Column<>(header, cell));
        headerRow.appendChild(new Element("th").setAttribute("scope", "col").setAttribute("role", "columnheader")
                .setText(header));
        return this;
    }

    /**
     * The row's action, last: a button or link, or {@code null} for a row with none. On a phone it spans the card.
     * Give it an {@code aria-label} naming its row ("Book Friday 4 December 2026 9:30am with Dr Patel").
     */
    public StackingTable<T> action(Function<T, ? extends Component> action) {
        this.action = action;
        headerRow.appendChild(new Element("th").setAttribute("scope", "col").setAttribute("role", "columnheader")
                .appendChild(new Element("span").setAttribute("class", "visually-hidden").setText("Action")));
        return this;
    }

    /** Each row's element id, for tests and for links to a row. */
    public StackingTable<T> rowId(Function<T, String> rowId) {
        this.rowId = rowId;
        return this;
    }

    /** Shows these rows, all of them. */
    public void setItems(List<T> items) {
        pages = null;
        body.removeAllChildren();
        items.forEach(this::appendRow);
        shown = items.size();
        more.setVisible(false);
        showRows();
    }

    /**
     * Shows the first page of rows, and a Show more button that adds the next page while there is one. Each page is
     * asked for with a limit one more than {@code pageSize}, so that the table knows whether to offer more.
     */
    public void setPages(int pageSize, Pages<T> pages) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A page has at least one row");
        }
        this.pages = pages;
        this.pageSize = pageSize;
        body.removeAllChildren();
        shown = 0;
        showMore();
    }

    /** Shows a list already in memory (free slots, an access log) a page at a time, behind Show more. */
    public void setItems(List<T> items, int pageSize) {
        List<T> all = List.copyOf(items);
        setPages(pageSize, (offset, limit) -> all.subList(Math.min(offset, all.size()),
                Math.min(offset + limit, all.size())));
    }

    /** How many rows are shown now. */
    public int rowCount() {
        return shown;
    }

    private void showMore() {
        // one row beyond the page says whether there is more, without a count
        List<T> page = pages.fetch(shown, pageSize + 1);
        boolean moreAfter = page.size() > pageSize;
        Element first = null;
        for (T item : moreAfter ? page.subList(0, pageSize) : page) {
            Element row = appendRow(item);
            first = first == null ? row : first;
        }
        boolean earlierRows = shown > 0;
        shown += Math.min(page.size(), pageSize);
        more.setVisible(moreAfter);
        showRows();
        if (earlierRows && first != null) {
            // keyboard and screen-reader users carry on from the first new row, not from the top of the page
            first.setAttribute("tabindex", "-1");
            first.executeJs("this.focus()");
        }
    }

    private Element appendRow(T item) {
        Element row = new Element("tr").setAttribute("role", "row");
        if (rowId != null) {
            row.setAttribute("id", rowId.apply(item));
        }
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Element cell = new Element("td").setAttribute("role", "cell");
            Object content = column.cell().apply(item);
            boolean blank = content == null || content instanceof String text && text.isBlank();
            if (!blank) {
                if (i > 0) {
                    // the cell's own heading on a phone, where the header row is out of sight; the table has it
                    cell.appendChild(new Element("span").setAttribute("class", "stacking-table-heading")
                            .setAttribute("aria-hidden", "true").setText(column.header() + " "));
                }
                fill(cell, content);
            }
            row.appendChild(cell);
        }
        if (action != null) {
            Element cell = new Element("td").setAttribute("role", "cell").setAttribute("class", "stacking-table-action");
            fill(cell, action.apply(item));
            row.appendChild(cell);
        }
        body.appendChild(row);
        return row;
    }

    private static void fill(Element cell, Object content) {
        if (content instanceof Component component) {
            cell.appendChild(component.getElement());
        } else if (content != null) {
            cell.appendChild(Element.createText(content.toString()));
        }
    }

    private void showRows() {
        boolean any = body.getChildCount() > 0;
        table.setVisible(any);
        empty.setVisible(!any);
    }
}
