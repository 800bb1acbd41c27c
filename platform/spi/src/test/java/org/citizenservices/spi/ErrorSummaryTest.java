package org.citizenservices.spi;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The NHS.UK error summary: a titled list of links to the fields in error, which show the same message. */
class ErrorSummaryTest {

    @Test
    void anError_isListedAsALinkToItsField_andShownOnTheField() {
        ErrorSummary errors = new ErrorSummary("form-errors");
        TextArea details = new TextArea("Details");
        details.setId("details");
        assertThat(errors.isVisible()).isFalse();

        errors.show("Your request is required.", details);

        assertThat(errors.isVisible()).isTrue();
        assertThat(errors.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(errors.getChildren().filter(H2.class::isInstance).findFirst()).hasValueSatisfying(
                title -> assertThat(((H2) title).getText()).isEqualTo("There is a problem"));
        Anchor link = errors.getElement().getChild(1).getChild(0).getChild(0).getComponent()
                .map(Anchor.class::cast).orElseThrow();
        assertThat(link.getHref()).isEqualTo("#details");
        assertThat(link.getText()).isEqualTo("Your request is required.");
        assertThat(link.getId()).contains("form-errors-link-0");
        assertThat(details.isInvalid()).isTrue();
        assertThat(details.getErrorMessage()).isEqualTo("Your request is required.");
    }

    @Test
    void clearing_hidesTheSummary_andTheFieldsAreValidAgain() {
        ErrorSummary errors = new ErrorSummary("form-errors");
        TextField name = new TextField("Name");
        name.setId("name");
        errors.add("Enter a name.", name);
        errors.add("Something went wrong with the form.", null);
        errors.reveal();
        assertThat(errors.hasErrors()).isTrue();

        errors.clear();

        assertThat(errors.isVisible()).isFalse();
        assertThat(errors.hasErrors()).isFalse();
        assertThat(name.isInvalid()).isFalse();
    }
}
