package org.citizenservices.host.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.citizenservices.core.api.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    private final Messages messages = new Messages("form-messages");
    private final TextField surname = field("surname");
    private final TextField username = field("username");

    @Test
    void givenBlankFields_whenChecked_thenTheSummaryLinksToEach_andEachFieldShowsItsMessage() {
        List<Messages.Problem> problems = new ArrayList<>();
        Messages.requireText(problems, surname, "Enter your surname");
        username.setValue("jane.demo");
        Messages.requireText(problems, username, "Choose a username");

        messages.problems(problems);

        assertThat(links()).containsExactly("#surname Enter your surname");
        assertThat(surname.isInvalid()).isTrue();
        assertThat(surname.getErrorMessage()).isEqualTo("Enter your surname");
        assertThat(username.isInvalid()).isFalse();
        Component summary = messages.getChildren().findFirst().orElseThrow();
        assertThat(summary.getId()).contains("form-messages-summary");
        assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(summary.getElement().getTextRecursively()).startsWith("There is a problem");
    }

    @Test
    void givenARefusalByTheCore_thenItIsLinkedToTheFieldItIsAbout_andClearedByTheNextSuccess() {
        boolean done = messages.run(text -> text.contains("username") ? username : surname, () -> {
            throw new InvalidValueException("This username is already in use. Choose another.");
        });

        assertThat(done).isFalse();
        assertThat(links()).containsExactly("#username This username is already in use. Choose another.");
        assertThat(username.isInvalid()).isTrue();

        assertThat(messages.run(() -> { })).isTrue();
        assertThat(username.isInvalid()).isFalse();
        assertThat(messages.getChildren()).isEmpty();
    }

    private List<String> links() {
        return descendants(messages).filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .map(a -> a.getHref() + " " + a.getText()).toList();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(MessagesTest::descendants));
    }

    private static TextField field(String id) {
        TextField field = new TextField(id);
        field.setId(id);
        return field;
    }
}
