package org.citizenservices.spi;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SectionTabsTest {

    private final List<String> chosen = new ArrayList<>();
    private final SectionTabs<String> sections = new SectionTabs<>("record-sections", "Section",
            List.of("Allergies and adverse reactions", "Medications", "Immunisations"), s -> s,
            s -> "record-tab-" + s.substring(0, 3).toLowerCase(), chosen::add);

    private Tabs tabs() {
        return (Tabs) sections.getChildren().filter(Tabs.class::isInstance).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Select<String> select() {
        return (Select<String>) sections.getChildren().filter(Select.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void tabsForAWideScreen_andASelectForAPhone_bothStartingAtTheFirstSection() {
        assertThat(tabs().getId()).hasValue("record-sections");
        assertThat(tabs().getClassNames()).contains("wide-only");
        assertThat(select().getId()).hasValue("record-sections-select");
        assertThat(select().getClassNames()).contains("narrow-only");
        assertThat(select().getValue()).isEqualTo("Allergies and adverse reactions");
        assertThat(sections.chosen()).isEqualTo("Allergies and adverse reactions");
        assertThat(tabs().getSelectedTab().getId()).hasValue("record-tab-all");
    }

    @Test
    void aChoiceInEither_movesTheOther_andIsToldOnce() {
        select().setValue("Immunisations");
        assertThat(tabs().getSelectedTab().getId()).hasValue("record-tab-imm");
        assertThat(sections.chosen()).isEqualTo("Immunisations");

        tabs().setSelectedTab((Tab) tabs().getComponentAt(1));
        assertThat(select().getValue()).isEqualTo("Medications");
        assertThat(chosen).containsExactly("Immunisations", "Medications");
    }

    @Test
    void thereMustBeASectionToChoose() {
        assertThatThrownBy(() -> new SectionTabs<String>("s", "Section", List.of(), s -> s, s -> s, s -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
