package org.citizenservices.spi;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpiValuesTest {

    @Test
    void givenTheGuidanceServices_whenCompared_thenTheyAreValuesByKey() {
        assertThat(new CitizenService("APPOINTMENTS")).isEqualTo(CitizenService.APPOINTMENTS);
        assertThat(CitizenService.RECORD).hasToString("RECORD");
        assertThat(new CitizenService("TRAVEL_VACCINATIONS").key()).isEqualTo("TRAVEL_VACCINATIONS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "appointments", "A", "1ABC", "WITH SPACE", "A-B"})
    void givenABadServiceKey_whenCreated_thenRejected(String key) {
        assertThatThrownBy(() -> new CitizenService(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"appointments", "practice/appointment-book", "record/documents", "a1"})
    void givenAGoodPath_whenAViewIsDeclared_thenAccepted(String path) {
        assertThat(ViewContribution.citizen(path, Div.class, "Label", 1, Div::new).path()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/appointments", "Appointments", "a//b", "a/", "", "with space", "-x"})
    void givenABadPath_whenAViewIsDeclared_thenRejected(String path) {
        assertThatThrownBy(() -> ViewContribution.citizen(path, Div.class, "Label", 1, Div::new))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenNoFactory_whenDeclared_thenVaadinCreatesTheView() {
        ViewContribution view = new ViewContribution("x", Div.class, Area.CITIZEN, "X", 1, Role.CITIZEN, null);

        assertThat(view.viewFactory()).isEmpty();
        assertThatThrownBy(() -> new ViewContribution("x", Div.class, Area.CITIZEN, " ", 1, Role.CITIZEN, null))
                .hasMessageContaining("menu label");
    }
}
