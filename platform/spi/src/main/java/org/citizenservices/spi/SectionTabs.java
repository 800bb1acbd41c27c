package org.citizenservices.spi;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A choice of one section of a page (the record's allergies, medications, immunisations …): tabs on a wide screen,
 * and on a phone, where a row of tabs would be cut off ("Imm…"), a select naming every section in full. Both show
 * the same choice; below 40em the portal's stylesheet hides the tabs and shows the select.
 *
 * <pre>{@code
 * SectionTabs<RecordSection> sections = new SectionTabs<>("record-sections", "Section", shown,
 *         RecordSection::label, s -> "record-tab-" + s.name().toLowerCase(), this::show);
 * }</pre>
 *
 * @param <T> a section
 * @since 1.11
 */
public class SectionTabs<T> extends Div {

    private final Tabs tabs = new Tabs();
    private final Select<T> select = new Select<>();
    private final Map<Tab, T> sections = new LinkedHashMap<>();
    private T chosen;

    /**
     * @param id       the tabs' element id; the select's is {@code <id>-select}
     * @param label    what the select asks for ("Section")
     * @param shown    the sections, in order; the first is chosen
     * @param labelOf  each section's name
     * @param tabId    each tab's element id
     * @param onChoose told the section chosen, by either
     */
    public SectionTabs(String id, String label, List<T> shown, Function<T, String> labelOf, Function<T, String> tabId,
                       Consumer<T> onChoose) {
        if (shown.isEmpty()) {
            throw new IllegalArgumentException("There is no section to choose");
        }
        addClassName("section-tabs");
        tabs.setId(id);
        tabs.addClassName("wide-only");
        for (T section : shown) {
            Tab tab = new Tab(labelOf.apply(section));
            tab.setId(tabId.apply(section));
            sections.put(tab, section);
            tabs.add(tab);
        }
        select.setId(id + "-select");
        select.addClassName("narrow-only");
        select.setLabel(label);
        select.setItems(shown);
        select.setItemLabelGenerator(labelOf::apply);
        chosen = shown.get(0);
        select.setValue(chosen);
        tabs.addSelectedChangeListener(change -> {
            T section = sections.get(change.getSelectedTab());
            if (section != null && !section.equals(chosen)) {
                chosen = section;
                select.setValue(section);
                onChoose.accept(section);
            }
        });
        select.addValueChangeListener(change -> {
            T section = change.getValue();
            if (section != null && !section.equals(chosen)) {
                chosen = section;
                sections.forEach((tab, s) -> {
                    if (s.equals(section)) {
                        tabs.setSelectedTab(tab);
                    }
                });
                onChoose.accept(section);
            }
        });
        add(tabs, select);
    }

    /** The section chosen now. */
    public T chosen() {
        return chosen;
    }
}
