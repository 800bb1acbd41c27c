package org.citizenservices.spi;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StackingTableTest {

    record Slot(int id, String when, String where) {
    }

    private static StackingTable<Slot> slots() {
        return new StackingTable<Slot>("free-slots", "No appointments match.")
                .column("Date and time", Slot::when)
                .column("Where", Slot::where)
                .action(s -> new Button("Book"))
                .rowId(s -> "slot-" + s.id());
    }

    private static Element table(StackingTable<?> table) {
        return table.getElement().getChild(0);
    }

    private static Element body(StackingTable<?> table) {
        return table(table).getChild(1);
    }

    private static Button more(StackingTable<?> table) {
        return (Button) table.getChildren().filter(c -> c.getId().orElse("").equals("free-slots-more")).findFirst()
                .orElseThrow();
    }

    private static void press(Button button) {
        ComponentUtil.fireEvent(button, new ClickEvent<>(button));
    }

    @Test
    void aRowIsATableRowWhoseCellsSayWhatTheyAre_butTheTitleAndABlankCellDoNot() {
        StackingTable<Slot> table = slots();
        table.setItems(List.of(new Slot(7, "Monday 7 December 2026 at 9am", " ")));

        Element headers = table(table).getChild(0).getChild(0);
        assertThat(headers.getChildren().map(th -> th.getAttribute("scope"))).containsOnly("col");
        assertThat(headers.getChild(0).getText()).isEqualTo("Date and time");
        assertThat(table(table).getAttribute("role")).isEqualTo("table");
        Element row = body(table).getChild(0);
        assertThat(row.getAttribute("id")).isEqualTo("slot-7");
        assertThat(row.getAttribute("role")).isEqualTo("row");
        assertThat(row.getChild(0).getTextRecursively()).isEqualTo("Monday 7 December 2026 at 9am");
        assertThat(row.getChild(1).getChildCount()).as("the blank cell is empty, heading and all").isZero();
        assertThat(row.getChild(2).getAttribute("class")).isEqualTo("stacking-table-action");
        assertThat(row.getChild(2).getChild(0).getTag()).isEqualTo("vaadin-button");

        table.setItems(List.of(new Slot(8, "Tuesday", "Room 1")));
        Element where = body(table).getChild(0).getChild(1);
        assertThat(where.getChild(0).getAttribute("class")).isEqualTo("stacking-table-heading");
        assertThat(where.getChild(0).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(where.getTextRecursively()).isEqualTo("Where Room 1");
    }

    @Test
    void anEmptyList_saysSoInsteadOfShowingAnEmptyTable() {
        StackingTable<Slot> table = slots();
        table.setItems(List.of());
        assertThat(table(table).isVisible()).isFalse();
        assertThat(table.getChildren().filter(c -> c.getElement().getText().equals("No appointments match."))
                .findFirst()).hasValueSatisfying(empty -> assertThat(empty.isVisible()).isTrue());
        assertThat(more(table).isVisible()).isFalse();
    }

    @Test
    void aLongList_comesAPageAtATime_askingOneRowAheadToKnowWhetherThereIsMore() {
        List<Slot> all = IntStream.range(0, 45).mapToObj(i -> new Slot(i, "slot " + i, "here")).toList();
        List<String> asked = new ArrayList<>();
        StackingTable<Slot> table = slots();
        table.setPages(20, (offset, limit) -> {
            asked.add(offset + "+" + limit);
            return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        });
        assertThat(table.rowCount()).isEqualTo(20);
        assertThat(more(table).isVisible()).isTrue();

        press(more(table));
        assertThat(table.rowCount()).isEqualTo(40);
        assertThat(body(table).getChild(20).getAttribute("id")).isEqualTo("slot-20");
        assertThat(body(table).getChild(20).getAttribute("tabindex")).as("focus goes to the first new row")
                .isEqualTo("-1");
        press(more(table));
        assertThat(table.rowCount()).isEqualTo(45);
        assertThat(more(table).isVisible()).isFalse();
        assertThat(asked).containsExactly("0+21", "20+21", "40+21");
    }

    @Test
    void aListInMemory_pagesTheSame_andExactlyAPageOffersNoMore() {
        StackingTable<Slot> table = slots();
        table.setItems(IntStream.range(0, 25).mapToObj(i -> new Slot(i, "slot " + i, "here")).toList(), 20);
        assertThat(table.rowCount()).isEqualTo(20);
        press(more(table));
        assertThat(table.rowCount()).isEqualTo(25);
        assertThat(more(table).isVisible()).isFalse();

        table.setItems(IntStream.range(0, 20).mapToObj(i -> new Slot(i, "slot " + i, "here")).toList(), 20);
        assertThat(table.rowCount()).isEqualTo(20);
        assertThat(more(table).isVisible()).isFalse();
    }
}
